import { Tag, YesNoTag } from '../../components/Tag';
import type { PayBand } from '../../generated/api';

function Row({ keyText, children }: { keyText: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{keyText}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function BandSummaryList({ band }: { band: PayBand }) {
  return (
    <dl className="govuk-summary-list">
      <Row keyText="Pay structure">{band.structureName}</Row>
      <Row keyText="Code">{band.code}</Row>
      <Row keyText="Name">{band.name}</Row>
      <Row keyText="Rank">{band.rank}</Row>
      <Row keyText="Description">{band.description || 'None'}</Row>
      <Row keyText="Open to new entrants">
        <YesNoTag value={band.openToNewEntrants} />
      </Row>
      <Row keyText="Retired">{band.retired ? <Tag text="Retired" colour="grey" /> : <Tag text="In use" colour="green" />}</Row>
    </dl>
  );
}
