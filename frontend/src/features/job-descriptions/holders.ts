import type { Person } from '../../generated/api';

export const HOLDERS_INPUT_ID = 'holders';

/** Everyone who can be picked: the staff directory plus anyone already holding the post, by name. */
export function holderChoices(staff: readonly Person[], holders: readonly Person[]): Person[] {
  const byId = new Map<string, Person>();
  for (const person of [...holders, ...staff]) {
    byId.set(person.id, person);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
