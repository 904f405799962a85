import { Tag } from '../../components/Tag';
import type { Consensus, PanelMember } from '../../generated/api';

/** Every member's provisional level per factor, the spread, and the level the panel agreed. */
export function ConsensusTable({ consensus, panel }: { consensus: Consensus; panel: PanelMember[] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label="Provisional levels side by side" tabIndex={0}>
      <table className="govuk-table" data-testid="consensus">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Provisional levels side by side ({consensus.membersRecorded} of {panel.length} members have recorded levels)
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Factor</th>
            {panel.map((member) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={member.userId}>
                {member.displayName}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">Range</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Agreed level</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {consensus.factors.map((factor) => (
            <tr className="govuk-table__row" key={factor.code} data-factor-code={factor.code}>
              <th scope="row" className="govuk-table__header">
                {factor.name}
              </th>
              {panel.map((member) => {
                const level = factor.memberLevels.find((memberLevel) => memberLevel.userId === member.userId)?.level;
                return (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={member.userId}>
                    {level ?? <span className="app-secondary-text">{(factor.hiddenLevels ?? 0) > 0 ? 'hidden' : 'none'}</span>}
                  </td>
                );
              })}
              <td className="govuk-table__cell">
                {(factor.hiddenLevels ?? 0) > 0 && (
                  <span className="app-block">
                    {factor.hiddenLevels === 1 ? '1 level hidden' : `${factor.hiddenLevels} levels hidden`} until you record yours
                  </span>
                )}
                {factor.lowest === undefined ? (
                  (factor.hiddenLevels ?? 0) > 0 ? null : 'None recorded'
                ) : (
                  <>
                    {factor.lowest === factor.highest ? factor.lowest : `${factor.lowest}–${factor.highest}`}
                    {factor.differs && (
                      <>
                        {' '}
                        <Tag text="Differs by 2 or more" colour="red" />
                      </>
                    )}
                  </>
                )}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{factor.agreedLevel ?? 'Not agreed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
