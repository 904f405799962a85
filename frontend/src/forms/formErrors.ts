import type { ApiProblem } from '../api/problem';

export interface ErrorSummaryItem {
  text: string;
  /** `#<input id>` when the error belongs to an input on the page */
  href?: string;
}

/** Errors for one form: the summary list and, per input id, the inline message. */
export interface FormErrors {
  summary: ErrorSummaryItem[];
  byInputId: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byInputId: {} };

/** Maps a server field path (e.g. `points[2].annualSalaryPence`) to the id of the input that holds it. */
export type FieldIdResolver = (fieldPath: string) => string | undefined;

export function hasErrors(errors: FormErrors): boolean {
  return errors.summary.length > 0;
}

/**
 * Resolves a field path, also trying it without leading segments, so that a server that prefixes paths with the
 * method or body name (`createPayScale.body.points[1].annualSalaryPence`) still lands on the right input.
 */
export function resolveFieldId(fieldPath: string, resolver: FieldIdResolver): string | undefined {
  const segments = fieldPath.split('.');
  for (let start = 0; start < segments.length; start += 1) {
    const id = resolver(segments.slice(start).join('.'));
    if (id !== undefined) {
      return id;
    }
  }
  return undefined;
}

/** A resolver for forms whose input ids are the field names themselves. */
export function namedFieldsResolver(fieldNames: readonly string[], ids: Record<string, string> = {}): FieldIdResolver {
  return (path) => (fieldNames.includes(path) ? (ids[path] ?? path) : undefined);
}

export function problemToFormErrors(problem: ApiProblem, resolver: FieldIdResolver): FormErrors {
  if (problem.fieldProblems.length === 0) {
    return { summary: [{ text: problem.detail ?? problem.title }], byInputId: {} };
  }
  const errors: FormErrors = { summary: [], byInputId: {} };
  for (const { field, message } of problem.fieldProblems) {
    const inputId = resolveFieldId(field, resolver);
    if (inputId === undefined) {
      errors.summary.push({ text: message });
      continue;
    }
    errors.summary.push({ text: message, href: `#${inputId}` });
    if (!(inputId in errors.byInputId)) {
      errors.byInputId[inputId] = message;
    }
  }
  return errors;
}

/**
 * Builds FormErrors from client-side checks: input id → message, in page order. A third element sends the summary
 * link to another input than the one showing the message (a date's month input, say).
 */
export function clientErrors(messages: Array<[inputId: string, message: string, linkTo?: string]>): FormErrors {
  const errors: FormErrors = { summary: [], byInputId: {} };
  for (const [inputId, message, linkTo] of messages) {
    errors.summary.push({ text: message, href: `#${linkTo ?? inputId}` });
    if (!(inputId in errors.byInputId)) {
      errors.byInputId[inputId] = message;
    }
  }
  return errors;
}

/** Both sets of errors, client first (a form reports everything wrong with it at once). */
export function mergeErrors(first: FormErrors, second: FormErrors): FormErrors {
  return {
    summary: [...first.summary, ...second.summary],
    byInputId: { ...second.byInputId, ...first.byInputId },
  };
}
