import { Tag, type TagColour } from '../../components/Tag';
import type { JdStatus } from '../../generated/api';
import { JD_STATUS_LABELS } from './jdLabels';

const STATUS_COLOURS: Record<JdStatus, TagColour> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  UNDER_EVALUATION: 'yellow',
  EVALUATED: 'turquoise',
  IN_FORCE: 'green',
  SUPERSEDED: 'grey',
};

export function JdStatusTag({ status }: { status: JdStatus }) {
  return <Tag text={JD_STATUS_LABELS[status]} colour={STATUS_COLOURS[status]} />;
}

/** Benchmark JDs are shown beside every consistency check. */
export function BenchmarkTag() {
  return <Tag text="Benchmark" colour="purple" />;
}
