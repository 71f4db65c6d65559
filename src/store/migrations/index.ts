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
import * as ratingDecidedAt from './011-rating-decided-at.js';
import * as growthNoteSignal from './011b-growth-note-signal.js';
import * as recordUrls from './013-record-urls.js';
import * as auditSubjects from './014-audit-subjects.js';
import * as compensationBands from './014b-compensation-bands.js';
import * as deliveryFacts from './015-delivery-facts.js';
import * as slos from './016-slos.js';
import * as incidentDetails from './017-incident-details.js';
import * as reviewWriting from './018-review-writing.js';
import * as calibrationWorkshops from './019-calibration-workshops.js';
import * as notifications from './020-notifications.js';
import * as feedbackKinds from './021-feedback-kinds.js';
import * as oneOnOnes from './022-one-on-ones.js';
import * as promotionCases from './023-promotion-cases.js';
import * as calibrationSessions from './024-calibration-sessions.js';
import * as sliPrefixSums from './025-sli-prefix-sums.js';
import * as deliverySummaryIndexes from './026-delivery-summary-indexes.js';
import * as promotionCaseTemplate from './027-promotion-case-template.js';
import * as latestRecordIndexes from './028-latest-record-indexes.js';

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
  '011-rating-decided-at': ratingDecidedAt,
  '011b-growth-note-signal': growthNoteSignal,
  '013-record-urls': recordUrls,
  '014-audit-subjects': auditSubjects,
  '014b-compensation-bands': compensationBands,
  '015-delivery-facts': deliveryFacts,
  '016-slos': slos,
  '017-incident-details': incidentDetails,
  '018-review-writing': reviewWriting,
  '019-calibration-workshops': calibrationWorkshops,
  '020-notifications': notifications,
  '021-feedback-kinds': feedbackKinds,
  '022-one-on-ones': oneOnOnes,
  '023-promotion-cases': promotionCases,
  '024-calibration-sessions': calibrationSessions,
  '025-sli-prefix-sums': sliPrefixSums,
  '026-delivery-summary-indexes': deliverySummaryIndexes,
  '027-promotion-case-template': promotionCaseTemplate,
  '028-latest-record-indexes': latestRecordIndexes,
};
