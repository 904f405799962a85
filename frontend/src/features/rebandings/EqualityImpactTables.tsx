import type { EqualityBreakdown } from '../../generated/api';
import { percentText } from './labels';

/**
 * Each group's headcount in scope and share downgraded beside everyone else's, per characteristic. A group under 5
 * people shows "fewer than 5" and no figures, so no one can be picked out.
 */
export function EqualityImpactTables({ breakdowns }: { breakdowns: EqualityBreakdown[] }) {
  if (breakdowns.length === 0) {
    return <p className="govuk-body">No one is in scope, so there is no equality impact to show.</p>;
  }
  return (
    <div data-testid="equality-impact">
      {breakdowns.map((breakdown) => (
        <table className="govuk-table" key={breakdown.characteristic}>
          <caption className="govuk-table__caption govuk-table__caption--s">{breakdown.label}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Group</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">People in scope</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share downgraded</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Share of everyone else downgraded</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {breakdown.groups.map((group) => (
              <tr className="govuk-table__row" key={group.group}>
                <th scope="row" className="govuk-table__header">
                  {group.group}
                </th>
                {group.suppressed ? (
                  <td className="govuk-table__cell" colSpan={3}>
                    {group.note ?? 'fewer than 5'}
                  </td>
                ) : (
                  <>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{group.headcount?.toLocaleString('en-GB') ?? '–'}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{percentText(group.downgradedPercent)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{percentText(group.othersDowngradedPercent)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
