import { useQuery } from '@tanstack/react-query';
import { auditApi, payBandsApi, payScalesApi, payStructuresApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import { isoToDate } from '../../format/dates';

export const payBandKeys = {
  zones: ['pay-zones'] as const,
  structures: ['pay-structures'] as const,
  list: (filter: PayBandListFilter) => ['pay-bands', filter] as const,
  band: (bandId: string) => ['pay-band', bandId] as const,
  salaryRange: (bandId: string, date: string, zone: string, includeProposed: boolean) =>
    ['pay-band-salary-range', bandId, date, zone, includeProposed] as const,
  scales: (bandId: string) => ['pay-scales', bandId] as const,
  history: (bandId: string, page: number) => ['pay-band-history', bandId, page] as const,
  scale: (scaleId: string) => ['pay-scale', scaleId] as const,
};

export const BANDS_PAGE_SIZE = 100;

export interface PayBandListFilter {
  date: string;
  zone: string;
  structureId: string;
  includeProposed: boolean;
  page: number;
}

export function usePayZones() {
  return useQuery({
    queryKey: payBandKeys.zones,
    queryFn: () => callApi(() => payStructuresApi.listPayZones()),
    staleTime: 5 * 60_000,
  });
}

export function usePayStructures() {
  return useQuery({
    queryKey: payBandKeys.structures,
    queryFn: () => callApi(() => payStructuresApi.listPayStructures({ size: 100 })),
    staleTime: 5 * 60_000,
  });
}

export function usePayBands(filter: PayBandListFilter) {
  return useQuery({
    queryKey: payBandKeys.list(filter),
    queryFn: () =>
      callApi(() =>
        payBandsApi.listPayBands({
          date: isoToDate(filter.date),
          zone: filter.zone || undefined,
          structureId: filter.structureId || undefined,
          includeProposed: filter.includeProposed,
          page: filter.page,
          size: BANDS_PAGE_SIZE,
        }),
      ),
  });
}

export function usePayBand(bandId: string) {
  return useQuery({
    queryKey: payBandKeys.band(bandId),
    queryFn: () => readVersioned(() => payBandsApi.getPayBandRaw({ bandId })),
  });
}

export function usePayScales(bandId: string) {
  return useQuery({
    queryKey: payBandKeys.scales(bandId),
    queryFn: () => callApi(() => payScalesApi.listPayScales({ bandId, size: 100 })),
  });
}

export function usePayBandHistory(bandId: string, page: number, size: number) {
  return useQuery({
    queryKey: payBandKeys.history(bandId, page),
    queryFn: () => callApi(() => auditApi.getPayBandHistory({ bandId, page, size })),
  });
}

export function usePayScale(scaleId: string) {
  return useQuery({
    queryKey: payBandKeys.scale(scaleId),
    queryFn: () => readVersioned(() => payScalesApi.getPayScaleRaw({ scaleId })),
  });
}
