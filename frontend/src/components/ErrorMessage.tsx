interface ErrorMessageProps {
  id: string;
  message?: string;
}

export function ErrorMessage({ id, message }: ErrorMessageProps) {
  if (!message) {
    return null;
  }
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
