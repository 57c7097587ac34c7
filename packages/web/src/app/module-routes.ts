import type { RouteObject } from 'react-router';
import { assistanceRoutes } from '../assistance/routes';
import { caseloadRoutes } from '../caseload/routes';
import { caseFileRoutes } from '../cases/routes';
import { directoryRoutes } from '../directory/routes';
import { insightsRoutes } from '../insights/routes';
import { legalRoutes } from '../legal/routes';

/** Pages of the modules of issues 4 and 5; each module owns its list (lazy-loaded pages). */
export const MODULE_ROUTES: readonly RouteObject[] = [
  ...caseFileRoutes,
  ...assistanceRoutes,
  ...directoryRoutes,
  ...legalRoutes,
  ...caseloadRoutes,
  ...insightsRoutes,
];
