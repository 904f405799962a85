import { describe, expect, it } from 'vitest';
import { EMPTY_JD_SEARCH, jdSearchFromParams, jdSearchHref, jdSearchToParams } from './jdSearchParams';

describe('JD search in the URL', () => {
  it('reads every filter, the sort and the page', () => {
    const params = new URLSearchParams(
      'q=facilitator&roleFamily=Intervention+Facilitator&directorate=Interventions&band=b3&status=IN_FORCE&benchmark=true&sort=total&page=2',
    );
    expect(jdSearchFromParams(params)).toEqual({
      q: 'facilitator',
      roleFamily: 'Intervention Facilitator',
      directorate: 'Interventions',
      bandId: 'b3',
      status: 'IN_FORCE',
      benchmark: 'true',
      sort: 'total',
      page: 2,
    });
  });

  it('falls back to no filter and the title order for values it does not know', () => {
    expect(jdSearchFromParams(new URLSearchParams('status=LOST&benchmark=maybe&sort=salary&page=0'))).toEqual(EMPTY_JD_SEARCH);
  });

  it('writes only what differs from the default, and round-trips', () => {
    expect(jdSearchToParams(EMPTY_JD_SEARCH).toString()).toBe('');
    const search = { ...EMPTY_JD_SEARCH, q: 'PO', benchmark: 'false' as const, sort: 'reference' as const, page: 3 };
    expect(jdSearchToParams(search).toString()).toBe('q=PO&benchmark=false&sort=reference&page=3');
    expect(jdSearchFromParams(jdSearchToParams(search))).toEqual(search);
  });

  it('links to the list itself when nothing is filtered', () => {
    expect(jdSearchHref(EMPTY_JD_SEARCH)).toBe('/job-descriptions');
    expect(jdSearchHref({ ...EMPTY_JD_SEARCH, status: 'DRAFT' })).toBe('/job-descriptions?status=DRAFT');
  });
});
