import { namedFieldsResolver } from '../../forms/formErrors';

/** Problem fields of the appeal forms mapped to their inputs' ids. */

const named = namedFieldsResolver(['reason', 'hearingOn', 'decision', 'rationale']);

/** Problem fields to input ids: `factorDecisions[1].rationale` is the second factor's reasons. */
export function stepFieldResolver(path: string): string | undefined {
  const factor = /^factorDecisions\[(\d+)\]\.rationale$/.exec(path);
  return factor ? `factorDecisions-${factor[1]}-rationale` : named(path);
}

/** Problem fields to inputs: `members[2].userId` is the third seat's person. */
export function panelFieldResolver(path: string): string | undefined {
  const seat = /^members\[(\d+)\]\.(userId|side)$/.exec(path);
  if (seat) return `seat-${seat[1]}-${seat[2]}`;
  return path === 'members' ? 'seat-0-userId' : undefined;
}
