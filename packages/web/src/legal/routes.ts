import type { RouteObject } from 'react-router';

/** This module's pages, each lazy-loaded into its own chunk. */
export const legalRoutes: readonly RouteObject[] = [];
