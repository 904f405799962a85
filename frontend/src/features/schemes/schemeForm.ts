import { clientErrors, type FieldIdResolver, type FormErrors } from '../../forms/formErrors';
import type { Scheme, SchemeInput } from '../../generated/api';

export interface LevelRow {
  /** Stable React key for the row; not sent to the server. Levels are numbered by their position. */
  key: number;
  points: string;
  descriptor: string;
}

export interface FactorRow {
  key: number;
  code: string;
  /** Added on this page: its code can still be typed. */
  isNew: boolean;
  name: string;
  description: string;
  levels: LevelRow[];
}

export interface BandRangeRow {
  bandId: string;
  bandName: string;
  minScore: string;
  maxScore: string;
}

export interface SchemeFormValues {
  name: string;
  description: string;
  nearBoundaryPoints: string;
  factors: FactorRow[];
  bandRanges: BandRangeRow[];
}

export const factorFieldId = (factor: number, field: 'code' | 'name' | 'description') => `factors-${factor}-${field}`;
export const levelFieldId = (factor: number, level: number, field: 'points' | 'descriptor') =>
  `factors-${factor}-levels-${level}-${field}`;
export const bandRangeFieldId = (range: number, field: 'minScore' | 'maxScore') => `bandRanges-${range}-${field}`;

let nextRowKey = 1;
function rowKey(): number {
  nextRowKey += 1;
  return nextRowKey;
}

export function newLevelRow(points = '', descriptor = ''): LevelRow {
  return { key: rowKey(), points, descriptor };
}

export function newFactorRow(): FactorRow {
  return { key: rowKey(), code: '', isNew: true, name: '', description: '', levels: [newLevelRow()] };
}

export function valuesFromScheme(scheme: Scheme): SchemeFormValues {
  return {
    name: scheme.name,
    description: scheme.description ?? '',
    nearBoundaryPoints: String(scheme.nearBoundaryPoints),
    factors: scheme.factors.map((factor) => ({
      key: rowKey(),
      code: factor.code,
      isNew: false,
      name: factor.name,
      description: factor.description ?? '',
      levels: factor.levels.map((level) => newLevelRow(String(level.points), level.descriptor ?? '')),
    })),
    bandRanges: scheme.bandRanges.map((range) => ({
      bandId: range.bandId,
      bandName: range.bandName,
      minScore: String(range.minScore),
      maxScore: String(range.maxScore),
    })),
  };
}

/**
 * Server field paths → this form's inputs: `factors[2].levels[1].points` is the second level's points of the third
 * factor, `bandRanges[0].minScore` the first band range's minimum. Lists without an index land on their first input.
 */
export const schemeFieldResolver: FieldIdResolver = (path) => {
  if (['name', 'description', 'nearBoundaryPoints'].includes(path)) {
    return path;
  }
  if (path === 'factors') {
    return factorFieldId(0, 'name');
  }
  if (path === 'bandRanges') {
    return bandRangeFieldId(0, 'minScore');
  }
  const level = /^factors\[(\d+)\]\.levels(?:\[(\d+)\](?:\.(level|points|descriptor))?)?$/.exec(path);
  if (level) {
    return levelFieldId(Number(level[1]), Number(level[2] ?? 0), level[3] === 'descriptor' ? 'descriptor' : 'points');
  }
  const factor = /^factors\[(\d+)\](?:\.(code|name|description))?$/.exec(path);
  if (factor) {
    return factorFieldId(Number(factor[1]), factor[2] === 'code' || factor[2] === 'description' ? factor[2] : 'name');
  }
  const range = /^bandRanges\[(\d+)\](?:\.(bandId|minScore|maxScore))?$/.exec(path);
  if (range) {
    return bandRangeFieldId(Number(range[1]), range[2] === 'maxScore' ? 'maxScore' : 'minScore');
  }
  return undefined;
};

const WHOLE_NUMBER = /^\d+$/;
const FACTOR_CODE = /^[A-Z][A-Z0-9_]*$/;

/** The fixed parts of a scheme that this form does not change but the server needs back. */
export type SchemeIdentity = Pick<Scheme, 'code' | 'illustrative' | 'structureId'>;

export type SchemeCheck = { ok: true; input: SchemeInput } | { ok: false; errors: FormErrors };

/** Checks what must be there and be a whole number; the scheme rules themselves come back from the server. */
export function checkSchemeForm(values: SchemeFormValues, identity: SchemeIdentity): SchemeCheck {
  const problems: Array<[string, string]> = [];
  if (values.name.trim() === '') problems.push(['name', 'Enter a name for the scheme']);
  if (!WHOLE_NUMBER.test(values.nearBoundaryPoints.trim())) {
    problems.push(['nearBoundaryPoints', 'Enter the near-boundary distance as a whole number of points, like 10']);
  }
  if (values.factors.length === 0) problems.push([factorFieldId(0, 'name'), 'Add at least one factor']);
  values.factors.forEach((factor, f) => {
    const label = factor.name.trim() || `factor ${f + 1}`;
    if (factor.isNew && !FACTOR_CODE.test(factor.code.trim())) {
      problems.push([factorFieldId(f, 'code'), `Enter a code for ${label} in capital letters, digits and underscores, like WORKING_CONDITIONS`]);
    }
    if (factor.name.trim() === '') problems.push([factorFieldId(f, 'name'), `Enter a name for factor ${f + 1}`]);
    factor.levels.forEach((level, l) => {
      if (!WHOLE_NUMBER.test(level.points.trim())) {
        problems.push([levelFieldId(f, l, 'points'), `Enter the points for level ${l + 1} of ${label} as a whole number`]);
      }
    });
  });
  values.bandRanges.forEach((range, r) => {
    if (!WHOLE_NUMBER.test(range.minScore.trim())) {
      problems.push([bandRangeFieldId(r, 'minScore'), `Enter the minimum score for ${range.bandName} as a whole number`]);
    }
    if (!WHOLE_NUMBER.test(range.maxScore.trim())) {
      problems.push([bandRangeFieldId(r, 'maxScore'), `Enter the maximum score for ${range.bandName} as a whole number`]);
    }
  });
  if (problems.length > 0) {
    return { ok: false, errors: clientErrors(problems) };
  }
  return {
    ok: true,
    input: {
      code: identity.code,
      illustrative: identity.illustrative,
      structureId: identity.structureId,
      name: values.name.trim(),
      description: values.description.trim() || undefined,
      nearBoundaryPoints: Number(values.nearBoundaryPoints.trim()),
      factors: values.factors.map((factor) => ({
        code: factor.code.trim(),
        name: factor.name.trim(),
        description: factor.description.trim() || undefined,
        levels: factor.levels.map((level, l) => ({
          level: l + 1,
          points: Number(level.points.trim()),
          descriptor: level.descriptor.trim() || undefined,
        })),
      })),
      bandRanges: values.bandRanges.map((range) => ({
        bandId: range.bandId,
        minScore: Number(range.minScore.trim()),
        maxScore: Number(range.maxScore.trim()),
      })),
    },
  };
}
