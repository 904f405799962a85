import { JdStatus, ListJobDescriptionsSortEnum } from '../../generated/api';
import { pageFromSearchParams } from '../audit/pageParam';

export type JdSort = ListJobDescriptionsSortEnum;
export const DEFAULT_JD_SORT: JdSort = 'title';

/** The JD search as it sits in the URL; every field '' when not filtered. */
export interface JdSearch {
  q: string;
  roleFamily: string;
  directorate: string;
  bandId: string;
  status: '' | JdStatus;
  benchmark: '' | 'true' | 'false';
  sort: JdSort;
  page: number;
}

export const EMPTY_JD_SEARCH: JdSearch = {
  q: '',
  roleFamily: '',
  directorate: '',
  bandId: '',
  status: '',
  benchmark: '',
  sort: DEFAULT_JD_SORT,
  page: 1,
};

function oneOf<T extends string>(allowed: Record<string, T>, value: string | null): T | undefined {
  return (Object.values(allowed) as string[]).includes(value ?? '') ? (value as T) : undefined;
}

/** `?q=facilitator&roleFamily=…&directorate=…&band=<id>&status=IN_FORCE&benchmark=true&sort=total&page=2` → search. */
export function jdSearchFromParams(params: URLSearchParams): JdSearch {
  const benchmark = params.get('benchmark');
  return {
    q: (params.get('q') ?? '').trim(),
    roleFamily: params.get('roleFamily') ?? '',
    directorate: params.get('directorate') ?? '',
    bandId: params.get('band') ?? '',
    status: oneOf(JdStatus, params.get('status')) ?? '',
    benchmark: benchmark === 'true' || benchmark === 'false' ? benchmark : '',
    sort: oneOf(ListJobDescriptionsSortEnum, params.get('sort')) ?? DEFAULT_JD_SORT,
    page: pageFromSearchParams(params),
  };
}

/** The search → URL query, leaving out what is empty or the default. */
export function jdSearchToParams(search: JdSearch): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string) => {
    if (value) {
      params.set(name, value);
    }
  };
  put('q', search.q.trim());
  put('roleFamily', search.roleFamily);
  put('directorate', search.directorate);
  put('band', search.bandId);
  put('status', search.status);
  put('benchmark', search.benchmark);
  put('sort', search.sort === DEFAULT_JD_SORT ? '' : search.sort);
  put('page', search.page > 1 ? String(search.page) : '');
  return params;
}

/** The link to the search results with another sort order (back on page 1). */
export function jdSearchHref(search: JdSearch): string {
  const query = jdSearchToParams(search).toString();
  return query ? `/job-descriptions?${query}` : '/job-descriptions';
}
