import { describe, expect, it } from 'vitest';
import type { AgreedLevel, ScoreResult } from '../../generated/api';
import { agreedLevelMap, fromScoreResult, runningScore, validLevels } from './runningScore';
import { TINY_SCHEME } from './testSchemes';

describe('the running score', () => {
  it('sums the points of the levels chosen so far and says it is provisional', () => {
    const score = runningScore(TINY_SCHEME, { KNOWLEDGE: 2 });
    expect(score).toMatchObject({ total: 200, scoredFactors: 1, factorCount: 3, complete: false, bandName: 'Band 3' });
  });

  it('places a complete total in its band, with the distance to the next band', () => {
    const score = runningScore(TINY_SCHEME, { KNOWLEDGE: 2, EFFORT: 1, WORKING_CONDITIONS: 1 });
    expect(score).toEqual({
      total: 260,
      scoredFactors: 3,
      factorCount: 3,
      complete: true,
      bandName: 'Band 3',
      outOfRange: false,
      nextBandName: 'Band 4',
      nextBoundary: 280,
      pointsToNextBand: 20,
      nearBoundary: false,
    });
  });

  it('is near a boundary within the scheme distance on either side of a band’s first score', () => {
    expect(runningScore(TINY_SCHEME, { KNOWLEDGE: 2, EFFORT: 1, WORKING_CONDITIONS: 2 }).nearBoundary).toBe(true); // 270
    expect(runningScore(TINY_SCHEME, { KNOWLEDGE: 2, EFFORT: 2, WORKING_CONDITIONS: 1 }).nearBoundary).toBe(false); // 310
    expect(runningScore(TINY_SCHEME, { KNOWLEDGE: 1 }).nearBoundary).toBe(false); // the lowest band's start is no boundary
  });

  it('says when the total is in no band', () => {
    const score = runningScore(TINY_SCHEME, { KNOWLEDGE: 3, EFFORT: 2, WORKING_CONDITIONS: 2 });
    expect(score).toMatchObject({ total: 420, bandName: 'Band 4', outOfRange: false });
    expect(runningScore(TINY_SCHEME, {})).toMatchObject({ total: 0, outOfRange: true, bandName: undefined, nextBandName: 'Band 3' });
  });

  it('ignores levels the scheme does not have', () => {
    expect(validLevels(TINY_SCHEME, { KNOWLEDGE: 9, EFFORT: 2, OTHER: 1 })).toEqual({ EFFORT: 2 });
    expect(runningScore(TINY_SCHEME, { KNOWLEDGE: 9, OTHER: 1 }).scoredFactors).toBe(0);
  });

  it('reads the agreed levels', () => {
    const agreed = [{ factorCode: 'EFFORT', level: 2 }] as AgreedLevel[];
    expect(agreedLevelMap(agreed)).toEqual({ EFFORT: 2 });
  });

  it('takes the server’s result, naming the next band from the scheme', () => {
    const result: ScoreResult = {
      total: 479,
      band: '3',
      bandName: 'Band 3',
      outOfRange: false,
      nearBoundary: true,
      nextBoundary: 480,
      nextBand: '4',
      pointsToNextBand: 1,
    };
    expect(fromScoreResult(result, TINY_SCHEME, 3)).toMatchObject({
      total: 479,
      complete: true,
      bandName: 'Band 3',
      nextBandName: 'Band 4',
      pointsToNextBand: 1,
      nearBoundary: true,
    });
  });
});
