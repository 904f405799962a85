import type { FieldIdResolver } from '../../forms/formErrors';
import { type PanelInput, type PanelMember, PanelSide, type Person, Role } from '../../generated/api';

/** One person who could sit on the panel, as the form shows them. */
export interface PanelCandidate {
  userId: string;
  username?: string;
  displayName: string;
  roles: Role[];
  union?: string;
  sits: boolean;
  side: PanelSide;
}

export interface PanelFormValues {
  schemeId: string;
  candidates: PanelCandidate[];
  chairId: string;
}

/** Union reps sit for the staff side unless HR says otherwise; everyone else for management. */
export function defaultSide(roles: Iterable<Role>): PanelSide {
  return [...roles].includes(Role.UnionRep) ? PanelSide.Staff : PanelSide.Management;
}

/**
 * Everyone who may sit (from the directory, once each even when they hold several roles), with the current panel's
 * members ticked on their sides; members no longer in the directory are kept so the panel is not changed by accident.
 */
export function initialPanelValues(people: Person[], panel: PanelMember[], schemeId: string): PanelFormValues {
  const candidates: PanelCandidate[] = [];
  const seen = new Set<string>();
  for (const person of people) {
    if (seen.has(person.id)) {
      continue;
    }
    seen.add(person.id);
    const member = panel.find((sitting) => sitting.userId === person.id);
    const roles = [...person.roles];
    candidates.push({
      userId: person.id,
      username: person.username,
      displayName: person.displayName,
      roles,
      union: person.union,
      sits: member !== undefined,
      side: member?.side ?? defaultSide(roles),
    });
  }
  for (const member of panel) {
    if (!seen.has(member.userId)) {
      candidates.push({ userId: member.userId, displayName: member.displayName, roles: [], union: member.union, sits: true, side: member.side });
    }
  }
  candidates.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  return { schemeId, candidates, chairId: panel.find((member) => member.chair)?.userId ?? '' };
}

/** The members ticked, in the form's order, with exactly the chair chosen marked. */
export function toPanelInput(values: PanelFormValues): PanelInput {
  return {
    schemeId: values.schemeId,
    members: values.candidates
      .filter((candidate) => candidate.sits)
      .map((candidate) => ({ userId: candidate.userId, side: candidate.side, chair: candidate.userId === values.chairId })),
  };
}

/** Input ids: the first person's checkbox is `members` (where errors about the panel as a whole land). */
export function candidateInputId(index: number): string {
  return index === 0 ? 'members' : `member-${index + 1}`;
}

export function candidateSideId(index: number): string {
  return `member-${index + 1}-side`;
}

/** Maps the server's `members[i]...` (i counts the members sent, not the people listed) to the person's inputs. */
export function panelFieldResolver(values: PanelFormValues): FieldIdResolver {
  const sitting = values.candidates.map((candidate, index) => ({ candidate, index })).filter(({ candidate }) => candidate.sits);
  return (path) => {
    if (path === 'schemeId') {
      return 'schemeId';
    }
    if (path === 'members') {
      return 'members';
    }
    const match = /^members\[(\d+)\](?:\.(\w+))?$/.exec(path);
    if (match === null) {
      return undefined;
    }
    const row = sitting[Number(match[1])];
    if (row === undefined) {
      return 'members';
    }
    if (match[2] === 'side') {
      return candidateSideId(row.index);
    }
    if (match[2] === 'chair') {
      return 'chair';
    }
    return candidateInputId(row.index);
  };
}
