import { Tag } from '../../components/Tag';
import type { PanelMember } from '../../generated/api';
import { SIDE_LABELS } from './labels';
import { ScrollRegion } from '../../components/ScrollRegion';

/** Who sits (or sat) on the panel, which side they are on and who chairs it. */
export function PanelTable({ panel, caption = 'The panel' }: { panel: PanelMember[]; caption?: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table" data-testid="panel">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Name</th>
            <th scope="col" className="govuk-table__header">Side</th>
            <th scope="col" className="govuk-table__header">Role on the panel</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {panel.map((member) => (
            <tr className="govuk-table__row" key={member.userId}>
              <th scope="row" className="govuk-table__header">
                {member.displayName}
                {member.union && <span className="govuk-body-s app-secondary-text"> ({member.union})</span>}
              </th>
              <td className="govuk-table__cell">{SIDE_LABELS[member.side]}</td>
              <td className="govuk-table__cell">{member.chair ? <Tag text="Chair" colour="blue" /> : 'Member'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
