import { type Role, Union } from '../../generated/api';

const UNION_NAMES: Record<Union, string> = { NAPO: 'Napo', UNISON: 'UNISON', GMB: 'GMB' };

export function unionName(union: Union): string {
  return UNION_NAMES[union];
}

export const UNION_OPTIONS = [
  { value: '', text: 'Select a union' },
  ...Object.values(Union).map((union) => ({ value: union, text: unionName(union) })),
];

/** The union to send: only for union reps. */
export function unionFor(roles: Role[], union: string): Union | undefined {
  return roles.includes('UNION_REP') && union !== '' ? (union as Union) : undefined;
}
