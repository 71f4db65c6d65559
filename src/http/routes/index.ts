/**
 * The route inventory: every area of the API, registered in this order. A new area is added
 * here. Every route declares its access rule (see access.ts; registering an /api route without
 * one fails), and server.test.ts checks each registered route has a rule and appears in the
 * OpenAPI document, so a route cannot ship without schemas or without saying who may call it.
 */
import type { RouteRegistration } from '../types.js';
import { auditRoutes } from './audit/route.js';
import { compensationRoutes } from './compensation/route.js';
import { cycleRoutes } from './cycles/route.js';
import { feedbackRoutes } from './feedback/route.js';
import { ratingRoutes } from './ratings/route.js';
import { rubricRoutes } from './rubrics/route.js';
import { authRoutes } from './auth/route.js';
import { deliveryRoutes } from './delivery/route.js';
import { frictionRoutes } from './friction/route.js';
import { healthRoutes } from './health/route.js';
import { incidentRoutes } from './incidents/route.js';
import { homeRoutes } from './home/route.js';
import { homeActivityRoutes } from './home/activity-route.js';
import { writingBalanceRoutes } from './writing-balance/route.js';
import { ladderRoutes } from './ladders/route.js';
import { livingDocumentRoutes } from './living-document/route.js';
import { oidcRoutes } from './oidc/route.js';
import { oncallRoutes } from './oncall/route.js';
import { openapiRoutes } from './openapi/route.js';
import { peopleRoutes } from './people/route.js';
import { personPrivateRoutes } from './person-private/route.js';
import { reliabilityRoutes } from './reliability/route.js';
import { serviceRoutes } from './services/route.js';
import { setupRoutes } from './setup/route.js';
import { packetRoutes } from './packet/route.js';
import { teamRoutes } from './teams/route.js';
import { tokenRoutes } from './tokens/route.js';
import { webhookRoutes } from './webhooks/route.js';
import { workshopRoutes } from './workshops/route.js';
import { promotionRoutes } from './promotion/route.js';
import { oneOnOneRoutes } from './one-on-ones/route.js';
import { supportPlanRoutes } from './support-plans/route.js';
import { templateRoutes } from './templates/route.js';
import { calibrationRoutes } from './calibration/route.js';
import { notificationRoutes } from './notifications/route.js';

export const routes: readonly RouteRegistration[] = [
  healthRoutes,
  openapiRoutes,
  authRoutes,
  oidcRoutes,
  teamRoutes,
  peopleRoutes,
  personPrivateRoutes,
  ladderRoutes,
  livingDocumentRoutes,
  auditRoutes,
  serviceRoutes,
  deliveryRoutes,
  reliabilityRoutes,
  frictionRoutes,
  // On-call health, a person's own load (sustainable work), incidents.
  oncallRoutes,
  incidentRoutes,
  tokenRoutes,
  webhookRoutes,
  // Reviews: rubric, cycles, ratings and challenges, shared feedback, compensation.
  rubricRoutes,
  cycleRoutes,
  ratingRoutes,
  feedbackRoutes,
  compensationRoutes,
  setupRoutes,
  packetRoutes,
  // Calibration workshops on sample packets.
  workshopRoutes,
  // Promotion cases and the promotion committee's view.
  promotionRoutes,
  // 1:1s, support plans and the organisation's templates.
  oneOnOneRoutes,
  supportPlanRoutes,
  templateRoutes,
  // Calibration sessions of real cycles and manager consistency.
  calibrationRoutes,
  homeRoutes,
  homeActivityRoutes,
  writingBalanceRoutes,
  // The bell, email settings, the email outbox, reminders.
  notificationRoutes,
];
