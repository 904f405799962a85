import { useQuery } from '@tanstack/react-query';
import { reportsApi } from '../../api/client';
import { callApi } from '../../api/problem';
import type { PeriodFilter, ReportFilter } from './reportParams';

/** One key per report and filter; each key always holds that report's own shape. */
export const reportKeys = {
  genderPayGap: (filter: ReportFilter) => ['report', 'gender-pay-gap', filter] as const,
  equalPay: (filter: ReportFilter) => ['report', 'equal-pay', filter] as const,
  bandDistribution: (filter: ReportFilter) => ['report', 'band-distribution', filter] as const,
  protection: (filter: ReportFilter, page: number) => ['report', 'protection', filter, page] as const,
  throughput: (period: PeriodFilter) => ['report', 'evaluation-throughput', period] as const,
  appeals: (period: PeriodFilter) => ['report', 'appeals', period] as const,
};

function day(iso: string): Date | undefined {
  return iso ? new Date(`${iso}T00:00:00Z`) : undefined;
}

function unit(filter: ReportFilter): string | undefined {
  return filter.unit || undefined;
}

export function useGenderPayGap(filter: ReportFilter) {
  return useQuery({
    queryKey: reportKeys.genderPayGap(filter),
    queryFn: () => callApi(() => reportsApi.getGenderPayGap({ snapshot: day(filter.date), unit: unit(filter) })),
  });
}

export function useEqualPayAudit(filter: ReportFilter) {
  return useQuery({
    queryKey: reportKeys.equalPay(filter),
    queryFn: () => callApi(() => reportsApi.getEqualPayAudit({ date: day(filter.date), unit: unit(filter) })),
  });
}

export function useBandDistribution(filter: ReportFilter) {
  return useQuery({
    queryKey: reportKeys.bandDistribution(filter),
    queryFn: () => callApi(() => reportsApi.getBandDistribution({ date: day(filter.date), unit: unit(filter) })),
  });
}

export const PROTECTION_PAGE_SIZE = 20;

export function useProtectionReport(filter: ReportFilter, page: number) {
  return useQuery({
    queryKey: reportKeys.protection(filter, page),
    queryFn: () =>
      callApi(() => reportsApi.getProtectionReport({ date: day(filter.date), unit: unit(filter), page, size: PROTECTION_PAGE_SIZE })),
  });
}

export function useEvaluationThroughput(period: PeriodFilter) {
  return useQuery({
    queryKey: reportKeys.throughput(period),
    queryFn: () => callApi(() => reportsApi.getEvaluationThroughput({ from: day(period.from), to: day(period.to) })),
  });
}

export function useAppealsReport(period: PeriodFilter) {
  return useQuery({
    queryKey: reportKeys.appeals(period),
    queryFn: () => callApi(() => reportsApi.getAppealsReport({ from: day(period.from), to: day(period.to) })),
  });
}
