import { Link } from 'react-router-dom';
import type { Scheme } from '../../generated/api';
import { IllustrativeTag, SchemeStatusTag } from './SchemeTags';
import { ScrollRegion } from '../../components/ScrollRegion';

export function SchemesTable({ schemes }: { schemes: Scheme[] }) {
  return (
    <ScrollRegion label="Schemes">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Schemes</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Code</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Version</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Pay structure</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Factors</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {schemes.map((scheme) => (
            <tr className="govuk-table__row" key={scheme.id} data-scheme-code={scheme.code}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/schemes/${scheme.id}`}>
                  {scheme.name}
                </Link>
              </th>
              <td className="govuk-table__cell">{scheme.code}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{scheme.version}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list app-tag-list">
                  <li>
                    <SchemeStatusTag status={scheme.status} />
                  </li>
                  {scheme.illustrative && (
                    <li>
                      <IllustrativeTag />
                    </li>
                  )}
                </ul>
              </td>
              <td className="govuk-table__cell">{scheme.structureName}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{scheme.factors.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
