import { createElement, lazy } from 'react';
import type { RouteObject } from 'react-router';

const CaseloadPage = lazy(() => import('./CaseloadPage').then((m) => ({ default: m.CaseloadPage })));
const TeamCaseloadPage = lazy(() =>
  import('./TeamCaseloadPage').then((m) => ({ default: m.TeamCaseloadPage })),
);

/** This module's pages, each lazy-loaded into its own chunk. */
export const caseloadRoutes: readonly RouteObject[] = [
  { path: 'caseload', element: createElement(CaseloadPage) },
  { path: 'caseload/team', element: createElement(TeamCaseloadPage) },
];
