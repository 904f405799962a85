import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('links each message to its field, announces itself and takes focus', () => {
    render(
      <ErrorSummary
        items={[
          { text: 'must be higher than the point before', href: '#points-1-salary' },
          { text: 'Something without a field' },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'must be higher than the point before' });
    expect(link).toHaveAttribute('href', '#points-1-salary');
    expect(screen.getByText('Something without a field').tagName).toBe('LI');
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(document.activeElement).toHaveClass('govuk-error-summary');
  });
});
