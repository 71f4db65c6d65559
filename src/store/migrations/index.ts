/**
 * Migrations live in code (not files found at run time) so the compiled package and the test
 * runner see the same list. Names sort in the order they apply; never rename or edit one that
 * has shipped — add a new one.
 */
import type { Migration } from 'kysely';
import * as records from './001-records.js';
import * as accounts from './002-accounts.js';
import * as ingestState from './003-ingest-state.js';
import * as dataVersion from './004-data-version.js';
import * as ladders from './005-ladders.js';
import * as reviews from './006-reviews.js';
import * as livingDocuments from './007-living-documents.js';
import * as pullRequests from './008-pull-requests.js';
import * as settings from './009-settings.js';
import * as changesByDeployment from './010-changes-by-deployment.js';
import * as deliveryFacts from './015-delivery-facts.js';

export const migrations: Record<string, Migration> = {
  '001-records': records,
  '002-accounts': accounts,
  '003-ingest-state': ingestState,
  '004-data-version': dataVersion,
  '005-ladders': ladders,
  '006-reviews': reviews,
  '007-living-documents': livingDocuments,
  '008-pull-requests': pullRequests,
  '009-settings': settings,
  '010-changes-by-deployment': changesByDeployment,
  '015-delivery-facts': deliveryFacts,
};
