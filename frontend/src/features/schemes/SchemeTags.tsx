import { Tag, type TagColour } from '../../components/Tag';
import type { SchemeStatus } from '../../generated/api';
import { SCHEME_STATUS_LABELS } from './schemeLabels';

const STATUS_COLOURS: Record<SchemeStatus, TagColour> = {
  DRAFT: 'yellow',
  ACTIVE: 'green',
  RETIRED: 'grey',
};

export function SchemeStatusTag({ status }: { status: SchemeStatus }) {
  return <Tag text={SCHEME_STATUS_LABELS[status]} colour={STATUS_COLOURS[status]} />;
}

/** Marks a scheme whose points are illustrative, not an employer's agreed scheme. */
export function IllustrativeTag() {
  return <Tag text="Illustrative" colour="purple" />;
}
