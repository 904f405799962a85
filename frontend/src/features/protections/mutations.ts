import { useMutation, useQueryClient } from '@tanstack/react-query';
import { protectionsApi } from '../../api/client';
import { isoToDate } from '../../format/dates';
import type { ProtectionEndEndReasonEnum } from '../../generated/api';
import { peopleKeys } from '../people/queries';
import { protectionKeys } from './queries';

export interface EndFields {
  reason: string;
  endReason: ProtectionEndEndReasonEnum;
  endedOn?: string;
}

/** The If-Match of a protection read from a list or a staff record: its version, as the ETag carries it. */
export function protectionEtag(version: number | undefined): string | undefined {
  return version === undefined ? undefined : `"${version}"`;
}

export function useEndProtection(protectionId: string, staffNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fields, version }: { fields: EndFields; version?: number }) =>
      protectionsApi.endProtection({
        protectionId,
        ifMatch: protectionEtag(version),
        protectionEnd: {
          reason: fields.reason,
          endReason: fields.endReason,
          endedOn: fields.endedOn ? isoToDate(fields.endedOn) : undefined,
        },
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: protectionKeys.all }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.staffMember(staffNumber) }),
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
      ]);
    },
  });
}
