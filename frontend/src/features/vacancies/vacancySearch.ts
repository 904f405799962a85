import { isoToDate } from '../../format/dates';
import type { VacancyStatus } from '../../generated/api';
import { pageFromSearchParams } from '../audit/pageParam';
import { VACANCY_STATUSES } from './labels';

/** The vacancies list's filters as they sit in the URL; each '' when not set. */
export interface VacancySearch {
  stage: '' | VacancyStatus;
  band: string;
  unit: string;
  /** yyyy-mm-dd */
  closingBefore: string;
  page: number;
}

export const EMPTY_VACANCY_SEARCH: VacancySearch = { stage: '', band: '', unit: '', closingBefore: '', page: 1 };

/** `?stage=RING_FENCE&band=4&unit=<id>&closingBefore=2026-12-31&page=2` → search, ignoring anything malformed. */
export function vacancySearchFromParams(params: URLSearchParams): VacancySearch {
  const stage = params.get('stage') ?? '';
  const closing = params.get('closingBefore') ?? '';
  return {
    stage: (VACANCY_STATUSES as readonly string[]).includes(stage) ? (stage as VacancyStatus) : '',
    band: params.get('band') ?? '',
    unit: params.get('unit') ?? '',
    closingBefore: isoToDate(closing) === undefined ? '' : closing,
    page: pageFromSearchParams(params),
  };
}

export function vacancySearchToParams(search: VacancySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.stage) params.set('stage', search.stage);
  if (search.band) params.set('band', search.band);
  if (search.unit) params.set('unit', search.unit);
  if (search.closingBefore) params.set('closingBefore', search.closingBefore);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function vacancySearchHref(search: VacancySearch): string {
  const query = vacancySearchToParams(search).toString();
  return query ? `/vacancies?${query}` : '/vacancies';
}
