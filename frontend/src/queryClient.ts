import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 4xx answers are final: retrying a 403 or 404 only delays the page that explains it
        retry: (failureCount, error) => !(error instanceof ApiProblem && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
