import { createElement, lazy } from 'react';
import type { RouteObject } from 'react-router';

const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
const MeasurePage = lazy(() => import('./MeasurePage').then((m) => ({ default: m.MeasurePage })));
const ReleasesPage = lazy(() => import('./ReleasesPage').then((m) => ({ default: m.ReleasesPage })));
const ImportsPage = lazy(() => import('./ImportsPage').then((m) => ({ default: m.ImportsPage })));
const MethodsPage = lazy(() => import('./MethodsPage').then((m) => ({ default: m.MethodsPage })));

/** This module's pages, each lazy-loaded into its own chunk. */
export const insightsRoutes: readonly RouteObject[] = [
  { path: 'insights', element: createElement(DashboardPage) },
  { path: 'insights/measures/:measure', element: createElement(MeasurePage) },
  { path: 'insights/releases', element: createElement(ReleasesPage) },
  { path: 'insights/imports', element: createElement(ImportsPage) },
  { path: 'insights/methods', element: createElement(MethodsPage) },
];
