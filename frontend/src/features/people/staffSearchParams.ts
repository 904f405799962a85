import { pageFromSearchParams } from '../audit/pageParam';

/** The staff search as it sits in the URL; every filter '' when not set. */
export interface StaffSearch {
  q: string;
  unit: string;
  band: string;
  atRisk: '' | 'true' | 'false';
  protected: '' | 'true' | 'false';
  page: number;
}

export const EMPTY_STAFF_SEARCH: StaffSearch = { q: '', unit: '', band: '', atRisk: '', protected: '', page: 1 };

function yesNo(value: string | null): '' | 'true' | 'false' {
  return value === 'true' || value === 'false' ? value : '';
}

/** `?q=morgan&unit=<id>&band=4&atRisk=true&protected=false&page=2` → search. */
export function staffSearchFromParams(params: URLSearchParams): StaffSearch {
  return {
    q: (params.get('q') ?? '').trim(),
    unit: params.get('unit') ?? '',
    band: params.get('band') ?? '',
    atRisk: yesNo(params.get('atRisk')),
    protected: yesNo(params.get('protected')),
    page: pageFromSearchParams(params),
  };
}

export function staffSearchToParams(search: StaffSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.unit) params.set('unit', search.unit);
  if (search.band) params.set('band', search.band);
  if (search.atRisk) params.set('atRisk', search.atRisk);
  if (search.protected) params.set('protected', search.protected);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function staffSearchHref(search: StaffSearch): string {
  const query = staffSearchToParams(search).toString();
  return query ? `/staff?${query}` : '/staff';
}
