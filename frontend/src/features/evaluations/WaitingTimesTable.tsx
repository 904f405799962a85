import type { DirectorateWait, WaitingTimes } from '../../generated/api';
import { daysText } from './labels';
import { ScrollRegion } from '../../components/ScrollRegion';

function WaitRow({ wait, overall = false }: { wait: DirectorateWait; overall?: boolean }) {
  const Cell = overall ? 'th' : 'td';
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {wait.directorate}
      </th>
      <Cell className={`govuk-table__${overall ? 'header' : 'cell'} govuk-table__cell--numeric`}>{wait.openRequests}</Cell>
      <Cell className={`govuk-table__${overall ? 'header' : 'cell'} govuk-table__cell--numeric`}>{daysText(wait.medianDaysWaiting)}</Cell>
      <Cell className={`govuk-table__${overall ? 'header' : 'cell'} govuk-table__cell--numeric`}>{daysText(wait.longestDaysWaiting)}</Cell>
      <Cell className={`govuk-table__${overall ? 'header' : 'cell'} govuk-table__cell--numeric`}>{wait.overdue}</Cell>
    </tr>
  );
}

/** For HR: how long open requests have waited, per directorate and overall. */
export function WaitingTimesTable({ waitingTimes }: { waitingTimes: WaitingTimes }) {
  return (
    <ScrollRegion label="Waiting times by directorate">
      <table className="govuk-table" data-testid="waiting-times">
        <caption className="govuk-table__caption govuk-table__caption--m">Waiting times by directorate</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Directorate</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Open requests</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median wait</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Longest wait</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {waitingTimes.directorates.map((wait) => (
            <WaitRow key={wait.directorate} wait={wait} />
          ))}
        </tbody>
        <tfoot>
          <WaitRow wait={{ ...waitingTimes.overall, directorate: 'All directorates' }} overall />
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
