import { describe, expect, it } from 'vitest';
import { reasonLabel, verdictText } from './labels';
import { vacancySearchFromParams, vacancySearchHref } from './vacancySearch';
import { MY_PO, MY_TM } from './testVacancies';
import type { VacancyEligibility } from '../../generated/api';

describe('the vacancies filter in the address', () => {
  it('reads the filters, ignoring a stage or closing date that is not one', () => {
    expect(vacancySearchFromParams(new URLSearchParams('stage=INTERNAL&band=4&unit=u-1&closingBefore=2026-12-31&page=3'))).toEqual({
      stage: 'INTERNAL',
      band: '4',
      unit: 'u-1',
      closingBefore: '2026-12-31',
      page: 3,
    });
    const odd = vacancySearchFromParams(new URLSearchParams('stage=SOMETHING&closingBefore=2026-02-30&page=-1'));
    expect(odd.stage).toBe('');
    expect(odd.closingBefore).toBe('');
    expect(odd.page).toBe(1);
  });

  it('writes only the filters set, and page 1 not at all', () => {
    expect(vacancySearchHref({ stage: 'RING_FENCE', band: '', unit: '', closingBefore: '2026-10-31', page: 1 })).toBe('/vacancies?stage=RING_FENCE&closingBefore=2026-10-31');
    expect(vacancySearchHref({ stage: '', band: '', unit: '', closingBefore: '', page: 1 })).toBe('/vacancies');
  });
});

describe('eligibility in words', () => {
  const asClient = (json: typeof MY_TM | typeof MY_PO) => ({ ...json, closingDate: new Date(json.closingDate) }) as unknown as VacancyEligibility;

  it('says whether the person may apply and at which stage, for them or about them', () => {
    expect(verdictText(asClient(MY_TM), true)).toBe('You can apply now, at stage 1, the ring-fenced pool.');
    expect(verdictText({ ...asClient(MY_TM), name: 'Alex Morgan' }, false)).toBe('Alex Morgan can apply now, at stage 1, the ring-fenced pool.');
    expect(verdictText(asClient(MY_PO), true)).toBe('You cannot apply now.');
  });

  it('names a criterion’s row after the criterion, and other rows after their rule', () => {
    expect(reasonLabel({ rule: 'ESSENTIAL_CRITERION', met: false, text: 'x', criterion: 'PQiP' })).toBe('PQiP');
    expect(reasonLabel({ rule: 'STAGE', met: false, text: 'x' })).toBe('When it is open');
    expect(reasonLabel({ rule: 'AT_RISK', met: true, text: 'x' })).toBe('Ring-fenced pool');
  });
});
