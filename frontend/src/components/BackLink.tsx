import { Link } from 'react-router-dom';

export function BackLink({ to, text = 'Back' }: { to: string; text?: string }) {
  return (
    <Link to={to} className="govuk-back-link">
      {text}
    </Link>
  );
}
