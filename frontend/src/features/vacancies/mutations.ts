import { useMutation, useQueryClient } from '@tanstack/react-query';
import { vacanciesApi } from '../../api/client';
import { isoToDate } from '../../format/dates';
import type {
  HeldCriterion,
  OfferInput,
  PoolDecisionInput,
  PriorityReason,
  RingFenceInput,
  TrainingCourse,
  TrialOutcomeInput,
  VacancyInput,
  VacancyTransitionStepEnum,
} from '../../generated/api';
import { vacancyKeys } from './queries';

/** Everything a change to a vacancy, its pool or its offers can alter. */
function useRefreshVacancy() {
  const queryClient = useQueryClient();
  return async (vacancyId?: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: vacancyKeys.all }),
      vacancyId ? queryClient.invalidateQueries({ queryKey: vacancyKeys.one(vacancyId) }) : Promise.resolve(),
      queryClient.invalidateQueries({ queryKey: ['offer'] }),
      queryClient.invalidateQueries({ queryKey: ['staff-vacancies'] }),
      queryClient.invalidateQueries({ queryKey: ['staff-offers'] }),
      queryClient.invalidateQueries({ queryKey: vacancyKeys.myVacanciesAll }),
      queryClient.invalidateQueries({ queryKey: vacancyKeys.myOffers }),
      queryClient.invalidateQueries({ queryKey: ['staff-vacancy-steps'] }),
      queryClient.invalidateQueries({ queryKey: vacancyKeys.mySteps }),
    ]);
  };
}

export function useCreateVacancy() {
  const refresh = useRefreshVacancy();
  return useMutation({
    mutationFn: (vacancyInput: VacancyInput) => vacanciesApi.createVacancy({ vacancyInput }),
    onSuccess: () => refresh(),
  });
}

export function useMoveVacancy(vacancyId: string) {
  const refresh = useRefreshVacancy();
  return useMutation({
    mutationFn: ({ step, reason, etag }: { step: VacancyTransitionStepEnum; reason?: string; etag: string }) =>
      vacanciesApi.moveVacancy({ vacancyId, ifMatch: etag, vacancyTransition: { step, reason } }),
    onSuccess: () => refresh(vacancyId),
  });
}

export function useDecidePoolCandidate(vacancyId: string, staffNumber: string) {
  const refresh = useRefreshVacancy();
  return useMutation({
    mutationFn: (decision: PoolDecisionInput) => vacanciesApi.decidePoolCandidate({ vacancyId, staffNumber, poolDecisionInput: decision }),
    onSuccess: () => refresh(vacancyId),
  });
}

export function useMakeOffer(vacancyId: string) {
  const refresh = useRefreshVacancy();
  return useMutation({
    mutationFn: (offer: OfferInput) => vacanciesApi.makeOffer({ vacancyId, offerInput: offer }),
    onSuccess: () => refresh(vacancyId),
  });
}

/** What can be recorded on an offer: its answer, its withdrawal, its trial's extension and outcome. */
export type OfferAction =
  | { kind: 'accept'; trialStartsOn?: string }
  | { kind: 'decline'; reason: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'extend'; agreedEnd: string; reason: string }
  | { kind: 'outcome'; outcome: TrialOutcomeInput['outcome']; decidedOn?: string; reason?: string };

export function useOfferAction(offerId: string, vacancyId?: string) {
  const refresh = useRefreshVacancy();
  return useMutation({
    mutationFn: (action: OfferAction) => {
      switch (action.kind) {
        case 'accept':
          return vacanciesApi.acceptOffer({
            offerId,
            offerAcceptance: { trialStartsOn: action.trialStartsOn ? isoToDate(action.trialStartsOn) : undefined },
          });
        case 'decline':
          return vacanciesApi.declineOffer({ offerId, offerDecline: { reason: action.reason } });
        case 'withdraw':
          return vacanciesApi.withdrawOffer({ offerId, reasonInput: { reason: action.reason } });
        case 'extend':
          return vacanciesApi.extendTrial({ offerId, trialExtension: { agreedEnd: isoToDate(action.agreedEnd) as Date, reason: action.reason } });
        case 'outcome':
          return vacanciesApi.decideTrial({
            offerId,
            trialOutcomeInput: {
              outcome: action.outcome,
              decidedOn: action.decidedOn ? isoToDate(action.decidedOn) : undefined,
              reason: action.reason,
            },
          });
      }
    },
    onSuccess: (offer) => refresh(vacancyId ?? offer.vacancyId),
  });
}

export function useCreateRingFence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ringFenceInput: RingFenceInput) => vacanciesApi.createRingFence({ ringFenceInput }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vacancyKeys.ringFencesAll }),
  });
}

/** The signed-in person expresses interest in a vacancy, or withdraws it. */
export function useInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ vacancyId, interested }: { vacancyId: string; interested: boolean }) => {
      if (interested) {
        await vacanciesApi.expressInterest({ vacancyId });
      } else {
        await vacanciesApi.withdrawInterest({ vacancyId });
      }
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vacancyKeys.myVacanciesAll }),
        queryClient.invalidateQueries({ queryKey: vacancyKeys.mySteps }),
      ]),
  });
}

export function useReplaceStaffCriteria(staffNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ items, etag }: { items: HeldCriterion[]; etag: string }) =>
      vacanciesApi.replaceStaffCriteria({ staffNumber, ifMatch: etag, staffCriteriaInput: { items } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vacancyKeys.staffCriteria(staffNumber) }),
        queryClient.invalidateQueries({ queryKey: ['staff-vacancies', staffNumber] }),
      ]);
    },
  });
}

export function useRecordPriority(staffNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reason, from, to }: { reason: PriorityReason; from: string; to?: string }) =>
      vacanciesApi.recordStatutoryPriority({
        staffNumber,
        statutoryPriorityInput: { reason, from: isoToDate(from) as Date, to: to ? isoToDate(to) : undefined },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vacancyKeys.priorities(staffNumber) }),
  });
}

export function useDeletePriority(staffNumber: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (priorityId: string) => vacanciesApi.deleteStatutoryPriority({ staffNumber, priorityId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vacancyKeys.priorities(staffNumber) }),
  });
}

/**
 * Sends a CSV of criteria held (`staff_number, criterion, achieved_on`) as the request body: checked only with
 * `dryRun`, else checked and, when every row is valid, applied. Nothing is written unless every row is valid.
 */
export function useImportStaffCriteria() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: Blob; dryRun: boolean }) => vacanciesApi.importStaffCriteria({ body: file, dryRun }),
    onSuccess: async (result) => {
      if (result.applied) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['staff-criteria'] }),
          queryClient.invalidateQueries({ queryKey: vacancyKeys.catalogue }),
          queryClient.invalidateQueries({ queryKey: ['staff-vacancies'] }),
          queryClient.invalidateQueries({ queryKey: ['vacancy'] }),
        ]);
      }
    },
  });
}

/** Replaces the training catalogue: every trainable criterion with its typical duration in weeks. */
export function useReplaceTrainingCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: TrainingCourse[]) => vacanciesApi.replaceTrainingCatalogue({ trainingCatalogueInput: { items } }),
    onSuccess: async (catalogue) => {
      queryClient.setQueryData(vacancyKeys.catalogue, catalogue);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff-vacancies'] }),
        queryClient.invalidateQueries({ queryKey: ['vacancy'] }),
        queryClient.invalidateQueries({ queryKey: vacancyKeys.myVacanciesAll }),
      ]);
    },
  });
}
