import type { Evaluation, Scheme } from '../../generated/api';
import { agreedLevelMap, fromScoreResult, runningScore, type RunningScore } from './runningScore';

/** The evaluation's score so far: the server's when every factor is agreed, else totalled from the scheme. */
export function evaluationScore(evaluation: Evaluation, scheme: Scheme | undefined): RunningScore | undefined {
  const complete = evaluation.factorCount > 0 && evaluation.agreedLevels.length >= evaluation.factorCount;
  if (evaluation.score && (complete || !scheme)) {
    return fromScoreResult(evaluation.score, scheme, evaluation.factorCount);
  }
  if (scheme && evaluation.agreedLevels.length > 0) {
    return runningScore(scheme, agreedLevelMap(evaluation.agreedLevels));
  }
  return undefined;
}
