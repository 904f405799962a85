import { ScrollRegion } from '../../components/ScrollRegion';
import { Link } from 'react-router-dom';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../format/dates';
import { formatPenceRange } from '../../format/money';
import type { PayScale, PayZone } from '../../generated/api';
import { ScaleStatusTag, ScaleTimingTag } from './scaleTags';
import { zoneNameFor } from './zones';

interface ScalesOverTimeTableProps {
  scales: PayScale[];
  zones: PayZone[];
  canEdit: boolean;
}

export function ScalesOverTimeTable({ scales, zones, canEdit }: ScalesOverTimeTableProps) {
  if (scales.length === 0) {
    return <p className="govuk-body">This band has no pay scales yet.</p>;
  }
  return (
    <ScrollRegion label="Scales over time">
      <table className="govuk-table" id="scales-over-time">
        <caption className="govuk-table__caption govuk-table__caption--m">Scales over time</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Pay zone</th>
            <th scope="col" className="govuk-table__header">Effective from</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Timing</th>
            <th scope="col" className="govuk-table__header">Salary range</th>
            {canEdit && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {scales.map((scale) => (
            <tr className="govuk-table__row" key={scale.id} data-scale-id={scale.id}>
              <td className="govuk-table__cell">{zoneNameFor(zones, scale.zone)}</td>
              <td className="govuk-table__cell">{formatDate(scale.effectiveFrom)}</td>
              <td className="govuk-table__cell">
                <ScaleStatusTag status={scale.status} />
              </td>
              <td className="govuk-table__cell">
                {scale.retired ? <Tag text="Retired" colour="grey" /> : <ScaleTimingTag timing={scale.timing} />}
              </td>
              <td className="govuk-table__cell">{formatPenceRange(scale.minPence, scale.maxPence)}</td>
              {canEdit && (
                <td className="govuk-table__cell">
                  <ul className="govuk-list app-table-actions">
                    {scale.timing !== 'PAST' && (
                      <li>
                        <Link className="govuk-link" to={`/pay-scales/${scale.id}/edit`}>
                          Change<span className="govuk-visually-hidden"> the {zoneNameFor(zones, scale.zone)} scale from {formatDate(scale.effectiveFrom)}</span>
                        </Link>
                      </li>
                    )}
                    <li>
                      <Link className="govuk-link" to={`/pay-scales/${scale.id}/copy`}>
                        Copy with an uplift<span className="govuk-visually-hidden">: the {zoneNameFor(zones, scale.zone)} scale from {formatDate(scale.effectiveFrom)}</span>
                      </Link>
                    </li>
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
