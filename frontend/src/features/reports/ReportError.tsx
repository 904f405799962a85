import { ApiProblem } from '../../api/problem';
import { QueryState } from '../../components/QueryState';

/** A filter the server refused (400, for example a unit that does not exist) is said on the page; else the usual states. */
export function ReportError({ isPending, error }: { isPending: boolean; error: unknown }) {
  if (error instanceof ApiProblem && error.status === 400) {
    const messages = error.fieldProblems.length > 0 ? error.fieldProblems.map((p) => p.message) : [error.detail ?? error.title];
    return (
      <div className="govuk-error-summary" data-module="govuk-error-summary">
        <div role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    );
  }
  return <QueryState isPending={isPending} error={error} />;
}
