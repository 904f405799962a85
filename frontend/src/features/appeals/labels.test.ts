import { describe, expect, it } from 'vitest';
import { deadlineTag, differenceText, STEP_ACTIONS, worstDeadline } from './labels';

describe('appeal labels', () => {
  it('puts overdue before due soon before on track', () => {
    expect(worstDeadline([{ state: 'ON_TRACK' }, { state: 'OVERDUE' }, { state: 'DUE_SOON' }])).toBe('OVERDUE');
    expect(worstDeadline([{ state: 'ON_TRACK' }, { state: 'DUE_SOON' }])).toBe('DUE_SOON');
    expect(worstDeadline([{ state: 'ON_TRACK' }])).toBe('ON_TRACK');
    expect(worstDeadline([])).toBeUndefined();
  });

  it('makes overdue and due-soon appeals stand out, and leaves others plain', () => {
    expect(deadlineTag('OVERDUE')).toEqual({ text: 'Overdue', className: 'govuk-tag govuk-tag--red' });
    expect(deadlineTag('DUE_SOON')?.text).toBe('Due within 5 working days');
    expect(deadlineTag('ON_TRACK')).toBeUndefined();
  });

  it('says the what-if difference in words', () => {
    expect(differenceText(10)).toBe('10 points more than awarded');
    expect(differenceText(-1)).toBe('1 point fewer than awarded');
    expect(differenceText(0)).toBe('The same total as awarded');
  });

  it('sends every irreversible step through a confirmation page', () => {
    expect(STEP_ACTIONS.WITHDRAW.irreversible).toBe(true);
    expect(STEP_ACTIONS.DECIDE.irreversible).toBe(true);
    expect(STEP_ACTIONS.ACKNOWLEDGE.irreversible).toBe(false);
  });
});
