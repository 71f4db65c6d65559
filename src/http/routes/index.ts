/**
 * The route inventory: every area of the API, registered in this order. A new area is added
 * here; server.test.ts checks each registered `/api/*` route appears in the OpenAPI document,
 * so a route cannot ship without schemas.
 */
import type { RouteRegistration } from '../types.js';
import { healthRoutes } from './health/route.js';
import { openapiRoutes } from './openapi/route.js';
import { peopleRoutes } from './people/route.js';
import { serviceRoutes } from './services/route.js';
import { teamRoutes } from './teams/route.js';

export const routes: readonly RouteRegistration[] = [healthRoutes, openapiRoutes, teamRoutes, peopleRoutes, serviceRoutes];
