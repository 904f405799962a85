import { Link } from 'react-router-dom';

interface ButtonLinkProps {
  to: string;
  text: string;
  secondary?: boolean;
}

/** A link styled as a GOV.UK button (start an action on another page). */
export function ButtonLink({ to, text, secondary = false }: ButtonLinkProps) {
  return (
    <Link to={to} role="button" draggable={false} className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
      {text}
    </Link>
  );
}
