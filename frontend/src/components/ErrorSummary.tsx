import { useEffect, useRef } from 'react';
import type { ErrorSummaryItem } from '../forms/formErrors';

interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  title?: string;
}

function focusInput(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
  const input = document.getElementById(href.slice(1));
  if (input) {
    event.preventDefault();
    input.scrollIntoView({ block: 'center' });
    input.focus();
  }
}

/** The GOV.UK error summary; takes focus when it appears so screen readers announce it. */
export function ErrorSummary({ items, title = 'There is a problem' }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) {
      summary.current?.focus();
    }
  }, [items]);
  if (items.length === 0) {
    return null;
  }
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${index}-${item.text}`}>
                {item.href ? (
                  <a href={item.href} onClick={(event) => focusInput(event, item.href as string)}>
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
