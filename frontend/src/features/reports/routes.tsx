import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import type { Role } from '../../auth/roles';
import { lazyPage } from '../../components/lazyPage';
import { REPORT_READERS } from './roles';

// each screen is its own chunk, loaded when its route is first visited
const ReportsPage = lazyPage(() => import('./ReportsPage').then((module) => module.ReportsPage));
const GenderPayGapPage = lazyPage(() => import('./GenderPayGapPage').then((module) => module.GenderPayGapPage));
const EqualPayPage = lazyPage(() => import('./EqualPayPage').then((module) => module.EqualPayPage));
const BandDistributionPage = lazyPage(() => import('./BandDistributionPage').then((module) => module.BandDistributionPage));
const EvaluationThroughputPage = lazyPage(() => import('./EvaluationThroughputPage').then((module) => module.EvaluationThroughputPage));
const AppealsReportPage = lazyPage(() => import('./AppealsReportPage').then((module) => module.AppealsReportPage));
const ProtectionReportPage = lazyPage(() => import('./ProtectionReportPage').then((module) => module.ProtectionReportPage));

type RouteGuard = (page: ReactNode, roles?: readonly Role[]) => ReactNode;

/** The report screens, to sit inside the layout route: the gender pay gap for everyone, the rest for HR and auditors. */
export function reportRoutes(guarded: RouteGuard) {
  return [
    <Route key="reports" path="reports" element={guarded(<ReportsPage />)} />,
    <Route key="report-gpg" path="reports/gender-pay-gap" element={guarded(<GenderPayGapPage />)} />,
    <Route key="report-equal-pay" path="reports/equal-pay" element={guarded(<EqualPayPage />, REPORT_READERS)} />,
    <Route key="report-bands" path="reports/band-distribution" element={guarded(<BandDistributionPage />, REPORT_READERS)} />,
    <Route key="report-throughput" path="reports/evaluation-throughput" element={guarded(<EvaluationThroughputPage />, REPORT_READERS)} />,
    <Route key="report-appeals" path="reports/appeals" element={guarded(<AppealsReportPage />, REPORT_READERS)} />,
    <Route key="report-protection" path="reports/protection" element={guarded(<ProtectionReportPage />, REPORT_READERS)} />,
  ];
}
