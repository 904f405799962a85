import { Link } from 'react-router-dom';
import { hasAnyRole } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { usePageTitle } from '../../layout/usePageTitle';
import { REPORT_READERS } from './roles';

/** The reports the signed-in user may see. */
export function ReportsPage() {
  const { data: profile } = useCurrentUser();
  usePageTitle('Reports');
  const hr = hasAnyRole(profile?.roles ?? [], REPORT_READERS);
  return (
    <>
      <h1 className="govuk-heading-l">Reports</h1>
      <ul className="govuk-list govuk-list--spaced">
        <li>
          <Link className="govuk-link govuk-link--no-visited-state" to="/reports/gender-pay-gap">
            Gender pay gap
          </Link>
          <p className="govuk-body-s">The six measures the law asks for, on a snapshot date, with pay quartiles.</p>
        </li>
        {hr && (
          <>
            <li>
              <Link className="govuk-link govuk-link--no-visited-state" to="/reports/equal-pay">
                Equal-pay audit
              </Link>
              <p className="govuk-body-s">Pay gaps by sex, ethnic group and disability within each band and job description.</p>
            </li>
            <li>
              <Link className="govuk-link govuk-link--no-visited-state" to="/reports/band-distribution">
                Band distribution and pay bill
              </Link>
              <p className="govuk-body-s">Headcount, FTE, pay bill and protection by band and unit, and representation at each band.</p>
            </li>
            <li>
              <Link className="govuk-link govuk-link--no-visited-state" to="/reports/protection">
                Pay protection
              </Link>
              <p className="govuk-body-s">Who is protected, what protection costs each financial year, and when it runs out.</p>
            </li>
            <li>
              <Link className="govuk-link govuk-link--no-visited-state" to="/reports/evaluation-throughput">
                Evaluation throughput
              </Link>
              <p className="govuk-body-s">How long evaluations take from request to publication, by directorate and quarter.</p>
            </li>
            <li>
              <Link className="govuk-link govuk-link--no-visited-state" to="/reports/appeals">
                Appeals
              </Link>
              <p className="govuk-body-s">Appeals by kind and outcome, working days to decision, and overdue appeals.</p>
            </li>
          </>
        )}
      </ul>
    </>
  );
}
