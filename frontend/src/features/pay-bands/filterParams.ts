import { isoToDate, todayIso } from '../../format/dates';
import type { PayBandListFilter } from './queries';

export const DEFAULT_ZONE = 'NATIONAL';

/** The pay bands filter as it sits in the URL (`?date=2027-04-01&zone=LONDON&structure=<id>&proposed=true`). */
export function filterFromSearchParams(params: URLSearchParams): PayBandListFilter {
  const date = params.get('date') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    date: isoToDate(date) ? date : todayIso(),
    zone: params.get('zone') || DEFAULT_ZONE,
    structureId: params.get('structure') ?? '',
    includeProposed: params.get('proposed') === 'true',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function filterToSearchParams(filter: PayBandListFilter): URLSearchParams {
  const params = new URLSearchParams();
  params.set('date', filter.date);
  params.set('zone', filter.zone);
  if (filter.structureId) {
    params.set('structure', filter.structureId);
  }
  if (filter.includeProposed) {
    params.set('proposed', 'true');
  }
  if (filter.page > 1) {
    params.set('page', String(filter.page));
  }
  return params;
}
