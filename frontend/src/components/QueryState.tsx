import { ApiProblem } from '../api/problem';
import { ForbiddenPage, NotFoundPage, ServiceProblemPage } from '../features/errors/ErrorPages';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
}

/** What to show instead of a page while its data loads, or when reading it failed (403, 404, anything else). */
export function QueryState({ isPending, error }: QueryStateProps) {
  if (error) {
    if (error instanceof ApiProblem && error.status === 403) {
      return <ForbiddenPage />;
    }
    if (error instanceof ApiProblem && error.status === 404) {
      return <NotFoundPage />;
    }
    if (error instanceof ApiProblem && error.status === 401) {
      return <p className="govuk-body">Your session has ended. Sign in again to continue.</p>;
    }
    return <ServiceProblemPage detail={error instanceof ApiProblem ? error.detail : undefined} />;
  }
  if (isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  return null;
}
