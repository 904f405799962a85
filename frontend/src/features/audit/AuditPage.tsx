import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { hasAnyRole, USER_ADMINS } from '../../auth/roles';
import { useCurrentUser } from '../../auth/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Pagination } from '../../components/Pagination';
import { QueryState } from '../../components/QueryState';
import { type FormErrors, hasErrors, NO_ERRORS } from '../../forms/formErrors';
import { usePageTitle } from '../../layout/usePageTitle';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFilterForm } from './AuditFilterForm';
import { csvHref, filterFromSearchParams, hasFilters, searchFor } from './auditFilter';
import { AUDIT_PAGE_SIZE, useAuditEvents } from './queries';

function resultCount(total: number, filtered: boolean): string {
  const changes = total === 1 ? '1 change' : `${total.toLocaleString('en-GB')} changes`;
  return filtered ? `${changes} match these filters` : `${changes} recorded`;
}

/** The audit trail: every change to the records that matter, newest first, filtered, paged and downloadable. */
export function AuditPage() {
  const [searchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams);
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const events = useAuditEvents(filter);
  const { data: profile } = useCurrentUser();
  usePageTitle('Audit trail', hasErrors(errors));
  const search = searchFor(filter);
  useEffect(() => setErrors(NO_ERRORS), [search]);

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Every change to users, pay, schemes, job descriptions and evaluations: who made it, when, and what changed. Nothing
        here can be edited or deleted.
      </p>
      <AuditFilterForm key={search} filter={filter} errors={errors} onApply={(next) => navigate(`/audit${searchFor(next)}`)} onErrors={setErrors} />
      {events.data ? (
        <>
          <p className="govuk-body" role="status">
            {resultCount(events.data.totalItems, hasFilters(filter))}
          </p>
          {events.data.totalItems > 0 && (
            <p className="govuk-body">
              <a className="govuk-link" href={csvHref(filter)} download="audit-trail.csv">
                Download {hasFilters(filter) ? 'these changes' : 'the audit trail'} as a spreadsheet (CSV)
              </a>
            </p>
          )}
          <AuditEventsTable caption="Changes, newest first" events={events.data.items} showRecord canManageUsers={hasAnyRole(profile?.roles ?? [], USER_ADMINS)} />
          <Pagination
            page={filter.page}
            size={AUDIT_PAGE_SIZE}
            totalItems={events.data.totalItems}
            hrefFor={(page) => `/audit${searchFor({ ...filter, page })}`}
          />
        </>
      ) : (
        <QueryState isPending={events.isPending} error={events.error} />
      )}
    </>
  );
}
