import { ApiProblem, toApiProblem } from '../../api/problem';
import type { FieldIdResolver } from '../../forms/formErrors';
import type { Criterion, CriterionKind, CriterionType, JdContent } from '../../generated/api';

export interface CriterionRow {
  /** Stable React key for the row; not sent to the server. */
  key: number;
  kind: '' | CriterionKind;
  type: '' | CriterionType;
  text: string;
}

/** A JD version's content as the form holds it: duties one per line, programmes comma or line separated. */
export interface JdContentValues {
  title: string;
  roleFamily: string;
  directorate: string;
  purpose: string;
  mainDuties: string;
  programmes: string;
  criteria: CriterionRow[];
}

export const criterionFieldId = (index: number, field: 'kind' | 'type' | 'text') => `criteria-${index}-${field}`;

let nextRowKey = 1;
export function newCriterionRow(kind: CriterionRow['kind'] = '', type: CriterionRow['type'] = '', text = ''): CriterionRow {
  nextRowKey += 1;
  return { key: nextRowKey, kind, type, text };
}

export function emptyJdContent(): JdContentValues {
  return { title: '', roleFamily: '', directorate: '', purpose: '', mainDuties: '', programmes: '', criteria: [] };
}

/** Textarea text → one duty per non-blank line, trimmed. */
export function dutiesFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function dutiesToText(duties: readonly string[]): string {
  return duties.join('\n');
}

/** "TSP, BBR" or one per line → the programmes, trimmed, without blanks or repeats (first spelling kept). */
export function programmesFromText(text: string): string[] {
  const programmes: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[,\r\n]+/)) {
    const programme = part.trim();
    if (programme !== '' && !seen.has(programme.toLowerCase())) {
      seen.add(programme.toLowerCase());
      programmes.push(programme);
    }
  }
  return programmes;
}

export function programmesToText(programmes: Iterable<string> | undefined): string {
  return programmes ? [...programmes].join(', ') : '';
}

export function valuesFromContent(content: JdContent): JdContentValues {
  return {
    title: content.title,
    roleFamily: content.roleFamily,
    directorate: content.directorate,
    purpose: content.purpose,
    mainDuties: dutiesToText(content.mainDuties),
    programmes: programmesToText(content.programmes),
    criteria: (content.criteria ?? []).map((criterion) => newCriterionRow(criterion.kind, criterion.type, criterion.text)),
  };
}

const CONTENT_FIELDS = ['title', 'roleFamily', 'directorate', 'purpose'];

/**
 * Server field paths → this form's inputs. Paths may start with `content.` (a new JD) or not (a version's content);
 * resolveFieldId tries both. Each duty and programme has no input of its own, so `mainDuties[3]` lands on the
 * duties textarea; `criteria[1].text` is the second criterion's text.
 */
export const jdContentFieldResolver: FieldIdResolver = (path) => {
  if (CONTENT_FIELDS.includes(path)) {
    return path;
  }
  const list = /^(mainDuties|programmes)(?:\[\d+\])?$/.exec(path);
  if (list) {
    return list[1];
  }
  if (path === 'criteria') {
    return criterionFieldId(0, 'text');
  }
  const criterion = /^criteria\[(\d+)\](?:\.(kind|type|text))?$/.exec(path);
  if (criterion) {
    const field = criterion[2] === 'kind' || criterion[2] === 'type' ? criterion[2] : 'text';
    return criterionFieldId(Number(criterion[1]), field);
  }
  return undefined;
};

/** A new JD's form: the reference and benchmark flag beside the content. */
export const newJdFieldResolver: FieldIdResolver = (path) =>
  path === 'reference' || path === 'benchmark' ? path : jdContentFieldResolver(path);

/**
 * Names the line a duty or programme error is about ("Duty 4: …"), since they share one textarea. The index is the
 * position in the list sent, which is the line number once blank lines are left out.
 */
export function labelListProblems(problem: ApiProblem): ApiProblem {
  const fieldProblems = problem.fieldProblems.map(({ field, message }) => {
    const item = /(?:^|\.)(mainDuties|programmes)\[(\d+)\]$/.exec(field);
    if (!item) {
      return { field, message };
    }
    const noun = item[1] === 'mainDuties' ? 'Duty' : 'Programme';
    return { field, message: `${noun} ${Number(item[2]) + 1}: ${message}` };
  });
  return new ApiProblem({
    status: problem.status,
    title: problem.title,
    detail: problem.detail,
    fieldProblems,
    retryAfterSeconds: problem.retryAfterSeconds,
  });
}

/** Runs a save call, numbering any duty or programme errors it fails with (see labelListProblems). */
export async function callNumberingListProblems<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw labelListProblems(await toApiProblem(error));
  }
}

export type JdContentCheck = { ok: true; content: JdContent } | { ok: false; problems: Array<[string, string]> };

/** Checks what must be there and converts the text lists; lengths and other rules come back from the server. */
export function checkJdContent(values: JdContentValues): JdContentCheck {
  const problems: Array<[string, string]> = [];
  if (values.title.trim() === '') problems.push(['title', 'Enter a job title']);
  if (values.roleFamily.trim() === '') problems.push(['roleFamily', 'Enter a role family']);
  if (values.directorate.trim() === '') problems.push(['directorate', 'Enter a directorate']);
  if (values.purpose.trim() === '') problems.push(['purpose', 'Enter the purpose of the job']);
  const mainDuties = dutiesFromText(values.mainDuties);
  if (mainDuties.length === 0) problems.push(['mainDuties', 'Enter at least one main duty']);
  const criteria: Criterion[] = [];
  values.criteria.forEach((row, index) => {
    if (row.kind === '') problems.push([criterionFieldId(index, 'kind'), `Select whether criterion ${index + 1} is essential or desirable`]);
    if (row.type === '') problems.push([criterionFieldId(index, 'type'), `Select the type of criterion ${index + 1}`]);
    if (row.text.trim() === '') problems.push([criterionFieldId(index, 'text'), `Enter criterion ${index + 1}`]);
    if (row.kind !== '' && row.type !== '') criteria.push({ kind: row.kind, type: row.type, text: row.text.trim() });
  });
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    content: {
      title: values.title.trim(),
      roleFamily: values.roleFamily.trim(),
      directorate: values.directorate.trim(),
      purpose: values.purpose.trim(),
      mainDuties,
      programmes: new Set(programmesFromText(values.programmes)),
      criteria,
    },
  };
}
