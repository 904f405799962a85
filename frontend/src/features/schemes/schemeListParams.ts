import { pageFromSearchParams } from '../audit/pageParam';
import { SchemeStatus } from '../../generated/api';

export interface SchemeListFilter {
  status: '' | SchemeStatus;
  page: number;
}

function isSchemeStatus(value: string): value is SchemeStatus {
  return (Object.values(SchemeStatus) as string[]).includes(value);
}

/** The schemes filter as it sits in the URL (`?status=ACTIVE&page=2`); unknown statuses are ignored. */
export function schemeFilterFromSearchParams(params: URLSearchParams): SchemeListFilter {
  const status = params.get('status') ?? '';
  return { status: isSchemeStatus(status) ? status : '', page: pageFromSearchParams(params) };
}

export function schemeFilterToSearchParams(filter: SchemeListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) {
    params.set('status', filter.status);
  }
  if (filter.page > 1) {
    params.set('page', String(filter.page));
  }
  return params;
}
