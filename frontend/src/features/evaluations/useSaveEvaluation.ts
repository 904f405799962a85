import { useQueryClient } from '@tanstack/react-query';
import type { ApiResponse, Evaluation } from '../../generated/api';
import { readVersioned } from '../../api/versioned';
import { evaluationKeys } from './queries';

/**
 * Runs a change to an evaluation (sent with If-Match) and stores the evaluation and ETag it answers with, so the next
 * change on the same page is made against the version just saved. Lists and views derived from the evaluation are
 * refreshed in the background, so that a page can move on at once.
 */
export function useSaveEvaluation(evaluationId: string) {
  const queryClient = useQueryClient();
  return async (rawCall: () => Promise<ApiResponse<Evaluation>>) => {
    const saved = await readVersioned(rawCall);
    queryClient.setQueryData(evaluationKeys.evaluation(evaluationId), saved);
    void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    void queryClient.invalidateQueries({
      queryKey: ['evaluation', evaluationId],
      predicate: (query) => query.queryKey.length > 2,
    });
    return saved;
  };
}
