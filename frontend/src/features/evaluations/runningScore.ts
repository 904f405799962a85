import type { AgreedLevel, BandRange, Scheme, ScoreResult } from '../../generated/api';

/** A level per factor code, for the factors chosen so far. */
export type ChosenLevels = Record<string, number>;

/** What the running-score panel shows, whether totalled here or by the server. */
export interface RunningScore {
  total: number;
  scoredFactors: number;
  factorCount: number;
  /** Every factor has a level: the total is the role's, not a part of it. */
  complete: boolean;
  bandName?: string;
  outOfRange: boolean;
  nextBandName?: string;
  nextBoundary?: number;
  pointsToNextBand?: number;
  nearBoundary: boolean;
}

export type ScoringScheme = Pick<Scheme, 'factors' | 'bandRanges' | 'nearBoundaryPoints'>;

function rangesLowestFirst(scheme: ScoringScheme): BandRange[] {
  return [...scheme.bandRanges].sort((a, b) => a.minScore - b.minScore);
}

/** The levels the panel has agreed, by factor code. */
export function agreedLevelMap(agreedLevels: readonly AgreedLevel[]): ChosenLevels {
  return Object.fromEntries(agreedLevels.map((agreed) => [agreed.factorCode, agreed.level]));
}

/** Only the chosen levels that exist in the scheme. */
export function validLevels(scheme: ScoringScheme, chosen: ChosenLevels): ChosenLevels {
  const valid: ChosenLevels = {};
  for (const factor of scheme.factors) {
    const level = chosen[factor.code];
    if (level !== undefined && factor.levels.some((candidate) => candidate.level === level)) {
      valid[factor.code] = level;
    }
  }
  return valid;
}

/**
 * Totals the points of the levels chosen so far and places the total in the scheme's bands, by the same rules as
 * the server (both ends of a range inclusive; near a boundary within the scheme's distance of the first score of any
 * band but the lowest, on either side), so the panel sees the effect of a level before it is saved.
 */
export function runningScore(scheme: ScoringScheme, chosen: ChosenLevels): RunningScore {
  let total = 0;
  let scoredFactors = 0;
  for (const factor of scheme.factors) {
    const level = factor.levels.find((candidate) => candidate.level === chosen[factor.code]);
    if (level) {
      total += level.points;
      scoredFactors += 1;
    }
  }
  const ranges = rangesLowestFirst(scheme);
  const band = ranges.find((range) => total >= range.minScore && total <= range.maxScore);
  const next = ranges.find((range) => range.minScore > total);
  return {
    total,
    scoredFactors,
    factorCount: scheme.factors.length,
    complete: scoredFactors === scheme.factors.length,
    bandName: band?.bandName,
    outOfRange: band === undefined,
    nextBandName: next?.bandName,
    nextBoundary: next?.minScore,
    pointsToNextBand: next ? next.minScore - total : undefined,
    nearBoundary: ranges.slice(1).some((range) => Math.abs(total - range.minScore) <= scheme.nearBoundaryPoints),
  };
}

/** The server's score of a complete set of levels, in the panel's terms (band names from the scheme). */
export function fromScoreResult(result: ScoreResult, scheme: Pick<Scheme, 'bandRanges'> | undefined, factorCount: number): RunningScore {
  const nameOf = (code: string | null | undefined) =>
    code ? (scheme?.bandRanges.find((range) => range.band === code)?.bandName ?? `Band ${code}`) : undefined;
  return {
    total: result.total,
    scoredFactors: factorCount,
    factorCount,
    complete: true,
    bandName: result.bandName ?? nameOf(result.band),
    outOfRange: result.outOfRange,
    nextBandName: nameOf(result.nextBand),
    nextBoundary: result.nextBoundary ?? undefined,
    pointsToNextBand: result.pointsToNextBand ?? undefined,
    nearBoundary: result.nearBoundary,
  };
}
