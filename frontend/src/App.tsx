import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireRoles } from './auth/RequireRoles';
import { lazyPage } from './components/lazyPage';
import { QueryState } from './components/QueryState';
import { AUDIT_READERS, PAY_ADMINS, type Role, USER_ADMINS } from './auth/roles';
import { NotFoundPage } from './features/errors/ErrorPages';
import { appealRoutes } from './features/appeals/routes';
import { evaluationRoutes } from './features/evaluations/routes';
import { jobDescriptionRoutes } from './features/job-descriptions/routes';
import { myRoleRoutes } from './features/my-role/routes';
import { notificationRoutes } from './features/notifications/routes';
import { reportRoutes } from './features/reports/routes';
import { peopleRoutes } from './features/people/routes';
import { protectionRoutes } from './features/protections/routes';
import { rebandingRoutes } from './features/rebandings/routes';
import { schemeRoutes } from './features/schemes/routes';
import { AccessibilityPage, CookiesPage, PrivacyPage, SignInHelpPage } from './features/service/ServicePages';
import { SignInPage } from './features/sign-in/SignInPage';
import { staffImportRoutes } from './features/staff-imports/routes';
import { vacancyRoutes } from './features/vacancies/routes';
import { Layout } from './layout/Layout';

// each screen is its own chunk, loaded when its route is first visited
const ChangePasswordPage = lazyPage(() => import('./features/account/ChangePasswordPage').then((module) => module.ChangePasswordPage));
const AuditPage = lazyPage(() => import('./features/audit/AuditPage').then((module) => module.AuditPage));
const HomePage = lazyPage(() => import('./features/home/HomePage').then((module) => module.HomePage));
const PayBandHistoryPage = lazyPage(() => import('./features/pay-bands/PayBandHistoryPage').then((module) => module.PayBandHistoryPage));
const EditPayBandPage = lazyPage(() => import('./features/pay-bands/PayBandFormPages').then((module) => module.EditPayBandPage));
const NewPayBandPage = lazyPage(() => import('./features/pay-bands/PayBandFormPages').then((module) => module.NewPayBandPage));
const PayBandPage = lazyPage(() => import('./features/pay-bands/PayBandPage').then((module) => module.PayBandPage));
const PayBandsPage = lazyPage(() => import('./features/pay-bands/PayBandsPage').then((module) => module.PayBandsPage));
const CopyPayScalePage = lazyPage(() => import('./features/pay-scales/CopyPayScalePage').then((module) => module.CopyPayScalePage));
const EditPayScalePage = lazyPage(() => import('./features/pay-scales/PayScaleFormPages').then((module) => module.EditPayScalePage));
const NewPayScalePage = lazyPage(() => import('./features/pay-scales/PayScaleFormPages').then((module) => module.NewPayScalePage));
const NewUserPage = lazyPage(() => import('./features/users/NewUserPage').then((module) => module.NewUserPage));
const UserPage = lazyPage(() => import('./features/users/UserPage').then((module) => module.UserPage));
const UsersPage = lazyPage(() => import('./features/users/UsersPage').then((module) => module.UsersPage));

function guarded(page: ReactNode, roles?: readonly Role[]) {
  return (
    <RequireRoles roles={roles}>
      <Suspense fallback={<QueryState isPending error={null} />}>{page}</Suspense>
    </RequireRoles>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={guarded(<HomePage />)} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="help/sign-in" element={<SignInHelpPage />} />
        <Route path="accessibility" element={<AccessibilityPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="cookies" element={<CookiesPage />} />
        {jobDescriptionRoutes(guarded)}
        {evaluationRoutes(guarded)}
        {schemeRoutes(guarded)}
        {myRoleRoutes(guarded)}
        {reportRoutes(guarded)}
        {appealRoutes(guarded)}
        {notificationRoutes(guarded)}
        {peopleRoutes(guarded)}
        {staffImportRoutes(guarded)}
        {rebandingRoutes(guarded)}
        {protectionRoutes(guarded)}
        {vacancyRoutes(guarded)}
        <Route path="pay-bands" element={guarded(<PayBandsPage />)} />
        <Route path="pay-bands/new" element={guarded(<NewPayBandPage />, PAY_ADMINS)} />
        <Route path="pay-bands/:bandId" element={guarded(<PayBandPage />)} />
        <Route path="pay-bands/:bandId/edit" element={guarded(<EditPayBandPage />, PAY_ADMINS)} />
        <Route path="pay-bands/:bandId/history" element={guarded(<PayBandHistoryPage />, AUDIT_READERS)} />
        <Route path="pay-bands/:bandId/scales/new" element={guarded(<NewPayScalePage />, PAY_ADMINS)} />
        <Route path="pay-scales/:scaleId/edit" element={guarded(<EditPayScalePage />, PAY_ADMINS)} />
        <Route path="pay-scales/:scaleId/copy" element={guarded(<CopyPayScalePage />, PAY_ADMINS)} />
        <Route path="users" element={guarded(<UsersPage />, USER_ADMINS)} />
        <Route path="users/new" element={guarded(<NewUserPage />, USER_ADMINS)} />
        <Route path="users/:userId" element={guarded(<UserPage />, USER_ADMINS)} />
        <Route path="audit" element={guarded(<AuditPage />, AUDIT_READERS)} />
        <Route path="account/password" element={guarded(<ChangePasswordPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
