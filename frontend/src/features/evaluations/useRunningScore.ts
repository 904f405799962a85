import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import type { Scheme } from '../../generated/api';
import { type ChosenLevels, fromScoreResult, runningScore, type RunningScore, validLevels } from './runningScore';

/**
 * The running score of the chosen levels: totalled here at once, and, when every factor has a level, confirmed by
 * the scheme's own scoring on the server (which decides the band).
 */
export function useRunningScore(scheme: Scheme, chosen: ChosenLevels): RunningScore {
  const levels = validLevels(scheme, chosen);
  const local = runningScore(scheme, levels);
  const server = useQuery({
    queryKey: ['scheme-score', scheme.id, levels] as const,
    queryFn: () => callApi(() => schemesApi.scoreLevels({ schemeId: scheme.id, scoreRequest: { levels } })),
    enabled: local.complete,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  if (local.complete && server.data && !server.isPlaceholderData) {
    return fromScoreResult(server.data, scheme, scheme.factors.length);
  }
  return local;
}
