import { useMutation, useQueryClient } from '@tanstack/react-query';
import { payScalesApi } from '../../api/client';
import { isoToDate } from '../../format/dates';
import type { PayScale, ScaleStatus } from '../../generated/api';
import { payBandKeys } from '../pay-bands/queries';
import type { ScaleFields } from './scaleForm';

/** Everything cached that a change to one of a band's scales can alter. */
function useRefreshBand() {
  const queryClient = useQueryClient();
  return async (scale: PayScale) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: payBandKeys.scales(scale.bandId) }),
      queryClient.invalidateQueries({ queryKey: payBandKeys.scale(scale.id) }),
      queryClient.invalidateQueries({ queryKey: ['pay-bands'] }),
      queryClient.invalidateQueries({ queryKey: ['pay-band-salary-range', scale.bandId] }),
      queryClient.invalidateQueries({ queryKey: ['pay-band-history', scale.bandId] }),
    ]);
  };
}

export function useCreatePayScale(bandId: string) {
  const refresh = useRefreshBand();
  return useMutation({
    mutationFn: ({ fields, zone }: { fields: ScaleFields; zone: string }) =>
      payScalesApi.createPayScale({
        bandId,
        payScaleCreate: { ...fields, zone, effectiveFrom: isoToDate(fields.effectiveFrom) as Date },
      }),
    onSuccess: refresh,
  });
}

export function useUpdatePayScale(scaleId: string) {
  const refresh = useRefreshBand();
  return useMutation({
    mutationFn: ({ fields, retired, etag }: { fields: ScaleFields; retired: boolean; etag: string }) =>
      payScalesApi.updatePayScale({
        scaleId,
        ifMatch: etag,
        payScaleUpdate: { ...fields, effectiveFrom: isoToDate(fields.effectiveFrom) as Date, retired },
      }),
    onSuccess: refresh,
  });
}

export interface CopyFields {
  effectiveFrom: string;
  status: ScaleStatus;
  upliftPercent: number;
  note?: string;
}

export function useCopyPayScale(scaleId: string) {
  const refresh = useRefreshBand();
  return useMutation({
    mutationFn: (fields: CopyFields) =>
      payScalesApi.copyPayScale({
        scaleId,
        payScaleCopy: { ...fields, effectiveFrom: isoToDate(fields.effectiveFrom) as Date },
      }),
    onSuccess: refresh,
  });
}
