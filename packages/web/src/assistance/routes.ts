import { createElement, lazy } from 'react';
import type { RouteObject } from 'react-router';

// One chunk per page: the forms load only when someone works on a case's assistance.
const NeedsAssessmentPage = lazy(() =>
  import('./NeedsAssessmentPage').then((m) => ({ default: m.NeedsAssessmentPage })),
);
const RiskAssessmentPage = lazy(() =>
  import('./RiskAssessmentPage').then((m) => ({ default: m.RiskAssessmentPage })),
);
const SupportPlanPage = lazy(() => import('./SupportPlanPage').then((m) => ({ default: m.SupportPlanPage })));
const PlanVersionPage = lazy(() => import('./PlanVersionPage').then((m) => ({ default: m.PlanVersionPage })));

/** This module's pages, each lazy-loaded into its own chunk. */
export const assistanceRoutes: readonly RouteObject[] = [
  { path: 'cases/:caseId/needs', element: createElement(NeedsAssessmentPage) },
  { path: 'cases/:caseId/risk', element: createElement(RiskAssessmentPage) },
  { path: 'cases/:caseId/plan', element: createElement(SupportPlanPage) },
  { path: 'cases/:caseId/plan/versions/:planId', element: createElement(PlanVersionPage) },
];
