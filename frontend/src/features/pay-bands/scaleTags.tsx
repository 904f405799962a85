import { Tag } from '../../components/Tag';
import type { ScaleStatus, ScaleTiming } from '../../generated/api';

export function ScaleStatusTag({ status }: { status: ScaleStatus }) {
  return status === 'AGREED' ? <Tag text="Agreed" colour="green" /> : <Tag text="Proposed" colour="yellow" />;
}

const TIMING_TAGS: Record<ScaleTiming, { text: string; colour: 'grey' | 'blue' | 'purple' }> = {
  PAST: { text: 'Past', colour: 'grey' },
  CURRENT: { text: 'Current', colour: 'blue' },
  FUTURE: { text: 'Future', colour: 'purple' },
};

export function ScaleTimingTag({ timing }: { timing: ScaleTiming }) {
  const tag = TIMING_TAGS[timing];
  return <Tag text={tag.text} colour={tag.colour} />;
}
