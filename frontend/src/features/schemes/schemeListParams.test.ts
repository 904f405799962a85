import { describe, expect, it } from 'vitest';
import { schemeFilterFromSearchParams, schemeFilterToSearchParams } from './schemeListParams';

describe('schemes filter in the URL', () => {
  it('reads the status and page, ignoring what is not a status', () => {
    expect(schemeFilterFromSearchParams(new URLSearchParams('status=ACTIVE&page=2'))).toEqual({ status: 'ACTIVE', page: 2 });
    expect(schemeFilterFromSearchParams(new URLSearchParams('status=WHATEVER&page=-1'))).toEqual({ status: '', page: 1 });
  });

  it('writes only what is set', () => {
    expect(schemeFilterToSearchParams({ status: '', page: 1 }).toString()).toBe('');
    expect(schemeFilterToSearchParams({ status: 'DRAFT', page: 3 }).toString()).toBe('status=DRAFT&page=3');
  });
});
