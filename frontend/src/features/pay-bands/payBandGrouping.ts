import { formatPenceRange } from '../../format/money';
import type { PayBandSummary } from '../../generated/api';

export function salaryRangeText(band: PayBandSummary): string {
  return band.salaryRange ? formatPenceRange(band.salaryRange.minPence, band.salaryRange.maxPence) : 'No scale in force';
}

/** Bands grouped by structure, in the order the server sent them (structure, then rank). */
export function groupByStructure(bands: PayBandSummary[]): Array<{ structureName: string; bands: PayBandSummary[] }> {
  const groups: Array<{ structureName: string; bands: PayBandSummary[] }> = [];
  for (const band of bands) {
    const group = groups.find((existing) => existing.structureName === band.structureName);
    if (group) {
      group.bands.push(band);
    } else {
      groups.push({ structureName: band.structureName, bands: [band] });
    }
  }
  return groups;
}
