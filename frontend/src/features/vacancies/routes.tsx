import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { MEMBER_VACANCY_READERS, VACANCY_ADMINS, VACANCY_READERS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const VacanciesPage = lazyPage(() => import('./VacanciesPage').then((module) => module.VacanciesPage));
const NewVacancyPage = lazyPage(() => import('./NewVacancyPage').then((module) => module.NewVacancyPage));
const AtRiskPage = lazyPage(() => import('./AtRiskPage').then((module) => module.AtRiskPage));
const VacancyPage = lazyPage(() => import('./VacancyPage').then((module) => module.VacancyPage));
const PoolDecisionPage = lazyPage(() => import('./PoolDecisionPage').then((module) => module.PoolDecisionPage));
const WithdrawVacancyPage = lazyPage(() => import('./WithdrawVacancyPage').then((module) => module.WithdrawVacancyPage));
const MakeOfferPage = lazyPage(() => import('./MakeOfferPage').then((module) => module.MakeOfferPage));
const OfferPage = lazyPage(() => import('./OfferPage').then((module) => module.OfferPage));
const OfferActionPage = lazyPage(() => import('./OfferActionPage').then((module) => module.OfferActionPage));
const RingFencesPage = lazyPage(() => import('./RingFencesPage').then((module) => module.RingFencesPage));
const NewRingFencePage = lazyPage(() => import('./NewRingFencePage').then((module) => module.NewRingFencePage));
const StaffVacanciesPage = lazyPage(() => import('./StaffVacanciesPage').then((module) => module.StaffVacanciesPage));
const CriteriaEditPage = lazyPage(() => import('./CriteriaEditPage').then((module) => module.CriteriaEditPage));
const NewPriorityPage = lazyPage(() => import('./NewPriorityPage').then((module) => module.NewPriorityPage));
const MyVacanciesPage = lazyPage(() => import('./MyVacanciesPage').then((module) => module.MyVacanciesPage));
const TrainingCataloguePage = lazyPage(() => import('./TrainingCataloguePage').then((module) => module.TrainingCataloguePage));
const CriteriaImportPage = lazyPage(() => import('./CriteriaImportPage').then((module) => module.CriteriaImportPage));
const MemberVacanciesPage = lazyPage(() => import('./MemberVacanciesPage').then((module) => module.MemberVacanciesPage));

type Guard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/**
 * Ring-fenced vacancies: HR's list, pages and forms (vacancy, pool decision, offer and trial, ring-fence rules, a
 * person's vacancies, criteria and statutory priority), the criteria catalogue with training times and the import of
 * criteria held; "Vacancies for me" for staff; members' vacancies for reps.
 */
export function vacancyRoutes(guarded: Guard) {
  return [
    <Route key="vacancies" path="vacancies" element={guarded(<VacanciesPage />, VACANCY_READERS)} />,
    <Route key="vacancy-new" path="vacancies/new" element={guarded(<NewVacancyPage />, VACANCY_ADMINS)} />,
    <Route key="vacancies-at-risk" path="vacancies/at-risk" element={guarded(<AtRiskPage />, VACANCY_READERS)} />,
    <Route key="vacancy" path="vacancies/:vacancyId" element={guarded(<VacancyPage />, VACANCY_READERS)} />,
    <Route key="vacancy-pool" path="vacancies/:vacancyId/pool/:staffNumber" element={guarded(<PoolDecisionPage />, VACANCY_ADMINS)} />,
    <Route key="vacancy-withdraw" path="vacancies/:vacancyId/withdraw" element={guarded(<WithdrawVacancyPage />, VACANCY_ADMINS)} />,
    <Route key="vacancy-offer" path="vacancies/:vacancyId/offer" element={guarded(<MakeOfferPage />, VACANCY_ADMINS)} />,
    <Route key="offer" path="offers/:offerId" element={guarded(<OfferPage />, VACANCY_READERS)} />,
    <Route key="offer-action" path="offers/:offerId/:action" element={guarded(<OfferActionPage />, VACANCY_ADMINS)} />,
    <Route key="ring-fences" path="ring-fences" element={guarded(<RingFencesPage />, VACANCY_READERS)} />,
    <Route key="ring-fence-new" path="ring-fences/new" element={guarded(<NewRingFencePage />, VACANCY_ADMINS)} />,
    <Route key="staff-vacancies" path="staff/:staffNumber/vacancies" element={guarded(<StaffVacanciesPage />, MEMBER_VACANCY_READERS)} />,
    <Route key="staff-criteria" path="staff/:staffNumber/criteria" element={guarded(<CriteriaEditPage />, VACANCY_ADMINS)} />,
    <Route key="staff-priority-new" path="staff/:staffNumber/statutory-priorities/new" element={guarded(<NewPriorityPage />, VACANCY_ADMINS)} />,
    <Route key="my-vacancies" path="my-vacancies" element={guarded(<MyVacanciesPage />)} />,
    <Route key="my-offer-action" path="my-vacancies/offers/:offerId/:action" element={guarded(<OfferActionPage own />)} />,
    <Route key="member-vacancies" path="member-vacancies" element={guarded(<MemberVacanciesPage />, [Role.UnionRep])} />,
    <Route key="criteria" path="criteria" element={guarded(<TrainingCataloguePage />, VACANCY_READERS)} />,
    <Route key="criteria-import" path="criteria/import" element={guarded(<CriteriaImportPage />, VACANCY_ADMINS)} />,
  ];
}
