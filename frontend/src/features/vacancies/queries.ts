import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { appealsApi, jobDescriptionsApi, rebandingsApi, vacanciesApi } from '../../api/client';
import { callApi } from '../../api/problem';
import { readVersioned } from '../../api/versioned';
import { isoToDate } from '../../format/dates';
import type { VacancySearch } from './vacancySearch';

export const VACANCIES_PAGE_SIZE = 25;
export const POOL_PAGE_SIZE = 50;
export const LIST_PAGE_SIZE = 50;

/** One key per resource, one shape per key. */
export const vacancyKeys = {
  all: ['vacancies'] as const,
  list: (search: VacancySearch) => ['vacancies', search] as const,
  one: (vacancyId: string) => ['vacancy', vacancyId] as const,
  pool: (vacancyId: string, page: number) => ['vacancy', vacancyId, 'pool', page] as const,
  interest: (vacancyId: string) => ['vacancy', vacancyId, 'interest'] as const,
  offers: (vacancyId: string) => ['vacancy', vacancyId, 'offers'] as const,
  eligibility: (vacancyId: string, staffNumber: string) => ['vacancy', vacancyId, 'eligibility', staffNumber] as const,
  offer: (offerId: string) => ['offer', offerId] as const,
  ringFences: (page: number) => ['ring-fences', page] as const,
  ringFencesAll: ['ring-fences'] as const,
  staffVacancies: (staffNumber: string, fits: boolean, page: number) => ['staff-vacancies', staffNumber, fits, page] as const,
  staffOffers: (staffNumber: string) => ['staff-offers', staffNumber] as const,
  staffCriteria: (staffNumber: string) => ['staff-criteria', staffNumber] as const,
  priorities: (staffNumber: string) => ['statutory-priorities', staffNumber] as const,
  catalogue: ['criteria-catalogue'] as const,
  myVacancies: (page: number) => ['my-vacancies', page] as const,
  myVacanciesAll: ['my-vacancies'] as const,
  myOffers: ['my-offers'] as const,
  members: ['vacancy-members'] as const,
  rebandings: ['vacancy-rebandings'] as const,
  staffSteps: (staffNumber: string) => ['staff-vacancy-steps', staffNumber] as const,
  mySteps: ['my-vacancy-steps'] as const,
};

export function useVacancies(search: VacancySearch) {
  return useQuery({
    queryKey: vacancyKeys.list(search),
    queryFn: () =>
      callApi(() =>
        vacanciesApi.listVacancies({
          stage: search.stage || undefined,
          band: search.band || undefined,
          unit: search.unit || undefined,
          closingBefore: search.closingBefore ? isoToDate(search.closingBefore) : undefined,
          page: search.page,
          size: VACANCIES_PAGE_SIZE,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The vacancy with the ETag its moves send back as If-Match. */
export function useVacancy(vacancyId: string) {
  return useQuery({
    queryKey: vacancyKeys.one(vacancyId),
    queryFn: () => readVersioned(() => vacanciesApi.getVacancyRaw({ vacancyId })),
    enabled: vacancyId !== '',
  });
}

export function useVacancyPool(vacancyId: string, page: number, enabled = true) {
  return useQuery({
    queryKey: vacancyKeys.pool(vacancyId, page),
    queryFn: () => callApi(() => vacanciesApi.listVacancyPool({ vacancyId, page, size: POOL_PAGE_SIZE })),
    enabled: enabled && vacancyId !== '',
    placeholderData: keepPreviousData,
  });
}

export function useVacancyInterest(vacancyId: string, enabled = true) {
  return useQuery({
    queryKey: vacancyKeys.interest(vacancyId),
    queryFn: () => callApi(() => vacanciesApi.listVacancyInterest({ vacancyId, page: 1, size: LIST_PAGE_SIZE })),
    enabled: enabled && vacancyId !== '',
  });
}

export function useVacancyOffers(vacancyId: string, enabled = true) {
  return useQuery({
    queryKey: vacancyKeys.offers(vacancyId),
    queryFn: () => callApi(() => vacanciesApi.listVacancyOffers({ vacancyId, page: 1, size: LIST_PAGE_SIZE })),
    enabled: enabled && vacancyId !== '',
  });
}

export function useVacancyEligibility(vacancyId: string, staffNumber: string) {
  return useQuery({
    queryKey: vacancyKeys.eligibility(vacancyId, staffNumber),
    queryFn: () => callApi(() => vacanciesApi.getVacancyEligibility({ vacancyId, staffNumber })),
    enabled: vacancyId !== '' && staffNumber !== '',
  });
}

export function useOffer(offerId: string) {
  return useQuery({
    queryKey: vacancyKeys.offer(offerId),
    queryFn: () => callApi(() => vacanciesApi.getOffer({ offerId })),
    enabled: offerId !== '',
  });
}

export function useRingFences(page: number) {
  return useQuery({
    queryKey: vacancyKeys.ringFences(page),
    queryFn: () => callApi(() => vacanciesApi.listRingFences({ page, size: LIST_PAGE_SIZE })),
  });
}

export function useStaffVacancies(staffNumber: string, fits: boolean, page: number) {
  return useQuery({
    queryKey: vacancyKeys.staffVacancies(staffNumber, fits, page),
    queryFn: () => callApi(() => vacanciesApi.listStaffVacancies({ staffNumber, fits, page, size: VACANCIES_PAGE_SIZE })),
    enabled: staffNumber !== '',
    placeholderData: keepPreviousData,
  });
}

export function useStaffOffers(staffNumber: string) {
  return useQuery({
    queryKey: vacancyKeys.staffOffers(staffNumber),
    queryFn: () => callApi(() => vacanciesApi.listStaffOffers({ staffNumber, page: 1, size: LIST_PAGE_SIZE })),
    enabled: staffNumber !== '',
  });
}

/** The criteria a person holds, with the ETag their change sends back. */
export function useStaffCriteria(staffNumber: string) {
  return useQuery({
    queryKey: vacancyKeys.staffCriteria(staffNumber),
    queryFn: () => readVersioned(() => vacanciesApi.getStaffCriteriaRaw({ staffNumber })),
    enabled: staffNumber !== '',
  });
}

export function useStatutoryPriorities(staffNumber: string) {
  return useQuery({
    queryKey: vacancyKeys.priorities(staffNumber),
    queryFn: () => callApi(() => vacanciesApi.listStatutoryPriorities({ staffNumber })),
    enabled: staffNumber !== '',
  });
}

export function useCriteriaCatalogue() {
  return useQuery({
    queryKey: vacancyKeys.catalogue,
    queryFn: () => callApi(() => vacanciesApi.listCriteria()),
    staleTime: 60_000,
  });
}

export function useMyVacancies(page: number) {
  return useQuery({
    queryKey: vacancyKeys.myVacancies(page),
    queryFn: () => callApi(() => vacanciesApi.listMyVacancies({ page, size: VACANCIES_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });
}

export function useMyOffers() {
  return useQuery({
    queryKey: vacancyKeys.myOffers,
    queryFn: () => callApi(() => vacanciesApi.listMyOffers({ page: 1, size: LIST_PAGE_SIZE })),
  });
}

/** A union rep's members who consented to their reps seeing their record. */
export function useConsentingMembers() {
  return useQuery({
    queryKey: vacancyKeys.members,
    queryFn: () => callApi(() => appealsApi.listUnionMembers({ consented: true, size: 100 })),
  });
}

/** Applied re-bandings, whose at-risk staff a ring-fence can be for. */
export function useAppliedRebandings() {
  return useQuery({
    queryKey: vacancyKeys.rebandings,
    queryFn: () => callApi(() => rebandingsApi.listRebandings({ page: 1, size: 100 })),
  });
}

/** Job descriptions a vacancy can be opened on, by title. */
export function useVacancyJds() {
  return useQuery({
    queryKey: ['vacancy-jds'] as const,
    queryFn: () => callApi(() => jobDescriptionsApi.listJobDescriptions({ page: 1, size: 100, sort: 'title' })),
    staleTime: 60_000,
  });
}

export const MATRIX_PAGE_SIZE = 50;

/** Every at-risk person (a page of them) against every open vacancy, computed in bulk on the server. */
export function useEligibilityMatrix(page: number) {
  return useQuery({
    queryKey: ['eligibility-matrix', page] as const,
    queryFn: () => callApi(() => vacanciesApi.getEligibilityMatrix({ page, size: MATRIX_PAGE_SIZE })),
    placeholderData: keepPreviousData,
  });
}

/** A person's vacancy steps (interest, offers, trials) for the timeline on HR's staff record. */
export function useStaffVacancySteps(staffNumber: string) {
  return useQuery({
    queryKey: vacancyKeys.staffSteps(staffNumber),
    queryFn: () => callApi(() => vacanciesApi.listStaffVacancySteps({ staffNumber })),
    enabled: staffNumber !== '',
  });
}

/** The signed-in person's vacancy steps, for the timeline on their pay page. */
export function useMyVacancySteps(enabled = true) {
  return useQuery({
    queryKey: vacancyKeys.mySteps,
    queryFn: () => callApi(() => vacanciesApi.listMyVacancySteps()),
    enabled,
  });
}
