import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { problemFromBody } from '../../api/problem';
import { NO_ERRORS, problemToFormErrors } from '../../forms/formErrors';
import { PayScaleForm } from './PayScaleForm';
import { newPointRow, scaleFieldResolver, type ScaleFormValues } from './scaleForm';

const twoPoints: ScaleFormValues = {
  zone: 'NATIONAL',
  effectiveFrom: { day: '1', month: '4', year: '2060' },
  status: 'AGREED',
  note: '',
  points: [newPointRow('1', '40000'), newPointRow('2', '39000')],
  retired: false,
};

describe('PayScaleForm', () => {
  it('shows the server’s message inline at the second point’s salary', () => {
    const problem = problemFromBody(400, {
      status: 400,
      title: 'The request is not valid',
      errors: [{ field: 'points[1].annualSalaryPence', message: 'must be higher than the point before' }],
    });
    render(
      <PayScaleForm
        initial={twoPoints}
        editing={false}
        errors={problemToFormErrors(problem, scaleFieldResolver)}
        submitting={false}
        submitText="Add pay scale"
        onSubmit={vi.fn()}
        onClientErrors={vi.fn()}
      />,
    );
    const secondSalary = document.getElementById('points-1-salary');
    expect(secondSalary).toHaveClass('govuk-input--error');
    expect(secondSalary).toHaveAttribute('aria-describedby', 'points-1-salary-error');
    expect(document.getElementById('points-1-salary-error')).toHaveTextContent('must be higher than the point before');
    expect(document.getElementById('points-0-salary')).not.toHaveClass('govuk-input--error');
  });

  it('sends integer pence and refuses more than two decimals before calling the server', async () => {
    const onSubmit = vi.fn();
    const onClientErrors = vi.fn();
    render(
      <PayScaleForm initial={twoPoints} editing={false} errors={NO_ERRORS} submitting={false} submitText="Add pay scale" onSubmit={onSubmit} onClientErrors={onClientErrors} />,
    );
    const user = userEvent.setup();
    const second = screen.getByLabelText('Annual salary', { selector: '#points-1-salary' });
    await user.clear(second);
    await user.type(second, '41,000.505');
    await user.click(screen.getByRole('button', { name: 'Add pay scale' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onClientErrors.mock.calls[0][0].byInputId).toEqual({
      'points-1-salary': 'Enter the salary for pay point 2 in pounds and pence, like 37909.50',
    });

    await user.clear(second);
    await user.type(second, '41,000.50');
    await user.click(screen.getByRole('button', { name: 'Add pay scale' }));
    expect(onSubmit.mock.calls[0][0].points).toEqual([
      { number: 1, annualSalaryPence: 4000000 },
      { number: 2, annualSalaryPence: 4100050 },
    ]);
  });

  it('reports every problem in one pass, each summary link going to its own field', async () => {
    const onClientErrors = vi.fn();
    const values: ScaleFormValues = {
      ...twoPoints,
      effectiveFrom: { day: '31', month: '2', year: '2060' },
      status: '',
      points: [newPointRow('1', '40000'), newPointRow('1', '39000'), newPointRow('3', '38000'), newPointRow('4', '')],
    };
    render(
      <PayScaleForm initial={values} editing={false} errors={NO_ERRORS} submitting={false} submitText="Add pay scale" onSubmit={vi.fn()} onClientErrors={onClientErrors} />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add pay scale' }));
    expect(onClientErrors.mock.calls[0][0].summary).toEqual([
      { text: 'The date the scale takes effect must be a real date', href: '#effectiveFrom' },
      { text: 'Select whether the scale is agreed or proposed', href: '#status' },
      { text: 'Pay point 2 has the same point number as pay point 1: give each point its own number', href: '#points-1-number' },
      {
        text: 'The salary for pay point 3 must be higher than £40,000, the salary for point number 1: salaries rise with the point number',
        href: '#points-2-salary',
      },
      { text: 'Enter the salary for pay point 4', href: '#points-3-salary' },
    ]);
  });

  it('adds and removes pay points', async () => {
    render(
      <PayScaleForm initial={twoPoints} editing={false} errors={NO_ERRORS} submitting={false} submitText="Add pay scale" onSubmit={vi.fn()} onClientErrors={vi.fn()} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add another point' }));
    expect(document.getElementById('points-2-number')).toHaveValue('3');
    await user.click(screen.getByRole('button', { name: 'Remove pay point 1' }));
    expect(document.getElementById('points-0-salary')).toHaveValue('39000');
    expect(document.getElementById('points-2-number')).toBeNull();
  });
});
