import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { appealsApi, evaluationsApi, notificationsApi, schemesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned, type Versioned } from '../../api/versioned';
import {
  type Appeal,
  type AppealInput,
  type AppealStepInput,
  type DeadlineState,
  EvaluationStatus,
  type ReviewPanelInput,
} from '../../generated/api';

/** One key per resource, one shape per key. */
export const appealKeys = {
  list: (due: DeadlineState | undefined, page: number) => ['appeals', 'list', due ?? 'all', page] as const,
  appeal: (appealId: string) => ['appeal', appealId] as const,
  consent: ['me', 'consent'] as const,
  recordViews: ['me', 'record-views'] as const,
  unionMembers: (q: string) => ['union-members', q] as const,
  publishedOutcomes: ['appeals', 'published-outcomes'] as const,
  outcome: (evaluationId: string) => ['evaluation', evaluationId, 'outcome'] as const,
};

export function useAppeals(due: DeadlineState | undefined, page: number) {
  return useQuery({
    queryKey: appealKeys.list(due, page),
    queryFn: () => callApi(() => appealsApi.listAppeals({ due, page, size: 25 })),
  });
}

export function useAppeal(appealId: string) {
  return useQuery({
    queryKey: appealKeys.appeal(appealId),
    queryFn: () => readVersioned(() => appealsApi.getAppealRaw({ appealId })),
  });
}

export function useConsent(enabled = true) {
  return useQuery({ queryKey: appealKeys.consent, queryFn: () => callApi(() => appealsApi.getMyConsent()), enabled, retry: false });
}

export function useRecordViews(enabled = true) {
  return useQuery({
    queryKey: appealKeys.recordViews,
    queryFn: () => callApi(() => appealsApi.listMyRecordViews({ size: 50 })),
    enabled,
    retry: false,
  });
}

/** The caller's union's members, the first 100 matching `q` (a name or staff number) when one is given. */
export function useUnionMembers(enabled: boolean, q: string) {
  return useQuery({
    queryKey: appealKeys.unionMembers(q),
    queryFn: () => callApi(() => appealsApi.listUnionMembers({ q: q === '' ? undefined : q, size: 100 })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePublishedOutcomes() {
  return useQuery({
    queryKey: appealKeys.publishedOutcomes,
    queryFn: () => callApi(() => evaluationsApi.listEvaluations({ status: [EvaluationStatus.Published], size: 100 })),
  });
}

export function useOutcomeToAppeal(evaluationId: string) {
  return useQuery({
    queryKey: appealKeys.outcome(evaluationId),
    queryFn: () => callApi(() => evaluationsApi.getOutcome({ evaluationId })),
    enabled: evaluationId !== '',
  });
}

/** The claimed levels scored under the outcome's scheme version (the what-if before lodging). */
export function useWhatIf(schemeId: string, levels: Record<string, number>, enabled: boolean) {
  return useQuery({
    queryKey: ['scheme', schemeId, 'score', levels] as const,
    queryFn: () => callApi(() => schemesApi.scoreLevels({ schemeId, scoreRequest: { levels } })),
    enabled,
  });
}

function useAppealWrite<Vars>(call: (vars: Vars) => Promise<Versioned<Appeal>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (saved: Versioned<Appeal>) => {
      queryClient.setQueryData(appealKeys.appeal(saved.record.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['appeals'] });
    },
  });
}

export function useLodgeAppeal() {
  return useAppealWrite((input: AppealInput) => readVersioned(() => appealsApi.lodgeAppealRaw({ appealInput: input })));
}

export function useAppealStep(appealId: string) {
  return useAppealWrite(({ etag, step }: { etag: string; step: AppealStepInput }) =>
    readVersioned(() => appealsApi.takeAppealStepRaw({ appealId, ifMatch: etag, appealStepInput: step })),
  );
}

export function useSeatReviewPanel(appealId: string) {
  return useAppealWrite(({ etag, panel }: { etag: string; panel: ReviewPanelInput }) =>
    readVersioned(() => appealsApi.setAppealReviewPanelRaw({ appealId, ifMatch: etag, reviewPanelInput: panel })),
  );
}

export function useSetConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (granted: boolean) => callApi(() => appealsApi.setMyConsent({ consentInput: { granted } })),
    onSuccess: (consent) => queryClient.setQueryData(appealKeys.consent, consent),
  });
}

export const evidenceKeys = {
  list: (appealId: string) => ['appeal', appealId, 'evidence'] as const,
};

export function useAppealEvidence(appealId: string) {
  return useQuery({
    queryKey: evidenceKeys.list(appealId),
    queryFn: () => callApi(() => appealsApi.listAppealEvidence({ appealId, size: 100 })),
  });
}

/** Uploads a file as the `file` field of a multipart form (the browser sets the boundary). */
export function useAddEvidence(appealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, description }: { file: File; description?: string }) =>
      callApi(() =>
        appealsApi.addAppealEvidence(
          { appealId, body: file, description: description === '' ? undefined : description },
          async ({ init }) => {
            const headers = { ...(init.headers as Record<string, string>) };
            delete headers['Content-Type'];
            const form = new FormData();
            form.append('file', file, file.name);
            return { body: form, headers };
          },
        ),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKeys.list(appealId) }),
  });
}

export function useWithdrawEvidence(appealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ evidenceId, version, reason }: { evidenceId: string; version: number; reason: string }) =>
      callApi(() =>
        appealsApi.withdrawAppealEvidence({
          appealId,
          evidenceId,
          ifMatch: `"${version}"`,
          appealEvidenceWithdrawal: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKeys.list(appealId) }),
  });
}

export const notificationKeys = {
  unread: ['me', 'notifications', 'unread'] as const,
};

/** The caller's unread notifications, newest first. */
export function useUnreadNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => callApi(() => notificationsApi.listMyNotifications({ unread: true, size: 10 })),
    enabled,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => callApi(() => notificationsApi.markNotificationRead({ notificationId })),
    // the header's unread count and the notifications page are under the same prefix
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'notifications'] }),
  });
}
