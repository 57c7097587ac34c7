import { createElement, lazy } from 'react';
import type { RouteObject } from 'react-router';

const ServicesPage = lazy(() => import('./ServicesPage').then((m) => ({ default: m.ServicesPage })));
const ServicePage = lazy(() => import('./ServicePage').then((m) => ({ default: m.ServicePage })));
const ProviderInboxPage = lazy(() =>
  import('./ProviderInboxPage').then((m) => ({ default: m.ProviderInboxPage })),
);
const FindServicePage = lazy(() => import('./FindServicePage').then((m) => ({ default: m.FindServicePage })));

/** This module's pages, each lazy-loaded into its own chunk. */
export const directoryRoutes: readonly RouteObject[] = [
  { path: 'services', element: createElement(ServicesPage) },
  { path: 'services/inbox', element: createElement(ProviderInboxPage) },
  { path: 'services/:serviceId', element: createElement(ServicePage) },
  { path: 'cases/:caseId/find-service', element: createElement(FindServicePage) },
];
