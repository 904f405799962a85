import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RequireRoles } from './auth/RequireRoles';
import { AUDIT_READERS, PAY_ADMINS, type Role, USER_ADMINS } from './auth/roles';
import { AuditPage } from './features/audit/AuditPage';
import { NotFoundPage } from './features/errors/ErrorPages';
import { evaluationRoutes } from './features/evaluations/routes';
import { jobDescriptionRoutes } from './features/job-descriptions/routes';
import { PayBandHistoryPage } from './features/pay-bands/PayBandHistoryPage';
import { EditPayBandPage, NewPayBandPage } from './features/pay-bands/PayBandFormPages';
import { PayBandPage } from './features/pay-bands/PayBandPage';
import { PayBandsPage } from './features/pay-bands/PayBandsPage';
import { EditPayScalePage, NewPayScalePage } from './features/pay-scales/PayScaleFormPages';
import { schemeRoutes } from './features/schemes/routes';
import { SignInPage } from './features/sign-in/SignInPage';
import { NewUserPage } from './features/users/NewUserPage';
import { UserPage } from './features/users/UserPage';
import { UsersPage } from './features/users/UsersPage';
import { Layout } from './layout/Layout';

function guarded(page: ReactNode, roles?: readonly Role[]) {
  return <RequireRoles roles={roles}>{page}</RequireRoles>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/job-descriptions" replace />} />
        <Route path="sign-in" element={<SignInPage />} />
        {jobDescriptionRoutes(guarded)}
        {evaluationRoutes(guarded)}
        {schemeRoutes(guarded)}
        <Route path="pay-bands" element={guarded(<PayBandsPage />)} />
        <Route path="pay-bands/new" element={guarded(<NewPayBandPage />, PAY_ADMINS)} />
        <Route path="pay-bands/:bandId" element={guarded(<PayBandPage />)} />
        <Route path="pay-bands/:bandId/edit" element={guarded(<EditPayBandPage />, PAY_ADMINS)} />
        <Route path="pay-bands/:bandId/history" element={guarded(<PayBandHistoryPage />, AUDIT_READERS)} />
        <Route path="pay-bands/:bandId/scales/new" element={guarded(<NewPayScalePage />, PAY_ADMINS)} />
        <Route path="pay-scales/:scaleId/edit" element={guarded(<EditPayScalePage />, PAY_ADMINS)} />
        <Route path="users" element={guarded(<UsersPage />, USER_ADMINS)} />
        <Route path="users/new" element={guarded(<NewUserPage />, USER_ADMINS)} />
        <Route path="users/:userId" element={guarded(<UserPage />, USER_ADMINS)} />
        <Route path="audit" element={guarded(<AuditPage />, AUDIT_READERS)} />
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
