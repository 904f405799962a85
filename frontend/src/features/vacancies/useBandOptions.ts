import { todayIso } from '../../format/dates';
import { DEFAULT_ZONE } from '../pay-bands/filterParams';
import { usePayBands } from '../pay-bands/queries';

/** The bands in force today, one option per band code ("Band 4"). */
export function useBandOptions() {
  const bands = usePayBands({ date: todayIso(), zone: DEFAULT_ZONE, structureId: '', includeProposed: false, page: 1 });
  const seen = new Set<string>();
  return (bands.data?.items ?? [])
    .filter((band) => (seen.has(band.code) ? false : (seen.add(band.code), true)))
    .map((band) => ({ value: band.code, text: band.name }));
}
