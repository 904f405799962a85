import type { AgreedLevel, Evaluation, Scheme, ScoreResult } from '../../generated/api';

/** A level per factor code. */
export type ChosenLevels = Record<string, number>;

/**
 * What the score panel shows, all of it from the server: the running total of the agreed levels, and once every
 * factor has a level the scheme's score (band, next band, near boundary). Nothing here decides a band.
 */
export interface ScoreView {
  factorCount: number;
  agreedCount: number;
  runningTotal?: number;
  /** The scheme's score of a complete set of levels. */
  result?: ScoreResult;
  published: boolean;
  /** A consistency check is required and none is recorded for these levels. */
  checkOutstanding: boolean;
  /** A level chosen on the page but not saved yet. */
  unsaved?: { factorName: string; level: number; points: number };
  /** The result includes the unsaved choice (it completes or changes the set). */
  resultIncludesUnsaved?: boolean;
}

/** The levels the panel has agreed, by factor code. */
export function agreedLevelMap(agreedLevels: readonly AgreedLevel[]): ChosenLevels {
  return Object.fromEntries(agreedLevels.map((agreed) => [agreed.factorCode, agreed.level]));
}

export function scoreViewOf(evaluation: Evaluation): ScoreView {
  return {
    factorCount: evaluation.factorCount,
    agreedCount: evaluation.agreedLevels.length,
    runningTotal: evaluation.runningTotal ?? undefined,
    result: evaluation.score ?? undefined,
    published: evaluation.status === 'PUBLISHED',
    checkOutstanding: evaluation.checkRequired && !evaluation.consistencyCheck,
  };
}

/** A band's name from its code, as the scheme lists it ("4" → "Band 4"). */
export function bandName(scheme: Pick<Scheme, 'bandRanges'> | undefined, code: string | null | undefined): string | undefined {
  if (!code) {
    return undefined;
  }
  return scheme?.bandRanges.find((range) => range.band === code)?.bandName ?? `Band ${code}`;
}

/** Every factor of the scheme has a level in the set. */
export function completeSet(scheme: Pick<Scheme, 'factors'>, levels: ChosenLevels): boolean {
  return scheme.factors.length > 0 && scheme.factors.every((factor) => levels[factor.code] !== undefined);
}

export function sameLevels(a: ChosenLevels, b: ChosenLevels): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}
