import { YesNoTag } from '../../components/Tag';
import type { JobDescription } from '../../generated/api';
import { SummaryRow } from '../schemes/SummaryRow';
import { JdStatusTag } from './JdTags';

export function JdSummaryList({ jd }: { jd: JobDescription }) {
  return (
    <dl className="govuk-summary-list">
      <SummaryRow keyText="Reference">{jd.reference}</SummaryRow>
      <SummaryRow keyText="Title">{jd.title}</SummaryRow>
      <SummaryRow keyText="Role family">{jd.roleFamily}</SummaryRow>
      <SummaryRow keyText="Directorate">{jd.directorate}</SummaryRow>
      <SummaryRow keyText="Status">
        <JdStatusTag status={jd.status} />
      </SummaryRow>
      <SummaryRow keyText="Band in force">{jd.band ? jd.band.name : 'None yet'}</SummaryRow>
      <SummaryRow keyText="Total in force">{jd.total !== undefined ? `${jd.total} points` : 'None yet'}</SummaryRow>
      <SummaryRow keyText="Benchmark">
        <YesNoTag value={jd.benchmark} />
      </SummaryRow>
    </dl>
  );
}
