import type { PayZone } from '../../generated/api';

export function zoneNameFor(zones: PayZone[], code: string): string {
  return zones.find((zone) => zone.code === code)?.name ?? code;
}
