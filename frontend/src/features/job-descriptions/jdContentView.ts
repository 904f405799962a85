import type { Criterion, CriterionKind } from '../../generated/api';

/** Text with line breaks → its paragraphs, blank lines left out. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The criteria of one kind (essential or desirable), in the order they were written. */
export function criteriaOfKind(criteria: readonly Criterion[] | undefined, kind: CriterionKind): Criterion[] {
  return (criteria ?? []).filter((criterion) => criterion.kind === kind);
}
