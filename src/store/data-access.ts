/**
 * The repositories a use case works with, and a way to run several of them in one transaction.
 * Use cases that write — and reads of private records, which must leave an audit entry — go
 * through `transaction`, so the change and its audit entry commit or roll back together.
 */
import type { Kysely } from 'kysely';
import { AccountRepository } from './account-repository.js';
import { ApiTokenRepository } from './api-token-repository.js';
import { AuditRepository } from './audit-repository.js';
import { EvidenceRepository } from './evidence-repository.js';
import { GoalRepository } from './goal-repository.js';
import { GrowthNoteRepository } from './growth-note-repository.js';
import { LadderRepository } from './ladder-repository.js';
import { OidcLoginRepository } from './oidc-login-repository.js';
import { OncallRepository } from './oncall-repository.js';
import { OrgRepository } from './org-repository.js';
import { PersonRecordsRepository } from './person-records-repository.js';
import { CompensationRepository } from './review-compensation-repository.js';
import { CycleRepository } from './review-cycle-repository.js';
import { SharedFeedbackRepository } from './review-feedback-repository.js';
import { CompensationBandRepository } from './compensation-band-repository.js';
import { RatingNoteRepository } from './review-note-repository.js';
import { RatingRepository } from './review-rating-repository.js';
import { RubricRepository } from './review-rubric-repository.js';
import { ReviewWriteupRepository } from './review-writeup-repository.js';
import type { Database } from './schema.js';
import { SessionRepository } from './session-repository.js';
import { SettingsRepository } from './settings-repository.js';
import { WorkshopRepository } from './workshop-repository.js';
import { SloRepository } from './slo-repository.js';
import { RecordFreshnessRepository } from './record-freshness-repository.js';
import { PromotionCaseRepository } from './promotion-case-repository.js';
import { OneOnOneRepository } from './one-on-one-repository.js';
import { SupportPlanRepository } from './support-plan-repository.js';
import { TemplateRepository } from './template-repository.js';
import { CalibrationSessionRepository } from './calibration-session-repository.js';
import { NotificationRepository } from './notification-repository.js';

export interface Repositories {
  org: OrgRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  audit: AuditRepository;
  oidcLogins: OidcLoginRepository;
  personRecords: PersonRecordsRepository;
  /** Pages, shifts and incidents for on-call health and sustainable-work signals (issue 13). */
  oncall: OncallRepository;
  // Reviews (migration 006): rubric versions, cycles, ratings, comments/challenges, shared feedback, self/manager reviews, compensation.
  rubrics: RubricRepository;
  cycles: CycleRepository;
  ratings: RatingRepository;
  ratingNotes: RatingNoteRepository;
  sharedFeedback: SharedFeedbackRepository;
  reviewWriteups: ReviewWriteupRepository;
  compensation: CompensationRepository;
  /** The band table and cycles' budgets (migration 014b). */
  compensationBands: CompensationBandRepository;
  evidence: EvidenceRepository;
  goals: GoalRepository;
  growthNotes: GrowthNoteRepository;
  ladders: LadderRepository;
  settings: SettingsRepository;
  // Calibration workshops on sample packets (migration 019).
  workshops: WorkshopRepository;
  /** SLO definitions (OpenSLO) and SLI data (migration 016). */
  slos: SloRepository;
  /** Count and newest time per kind of system record, for the administrator's home. */
  recordFreshness: RecordFreshnessRepository;
  /** Promotion cases and their case files (migration 023). */
  promotionCases: PromotionCaseRepository;
  /** 1:1s, support plans and templates (migration 022). */
  oneOnOnes: OneOnOneRepository;
  supportPlans: SupportPlanRepository;
  templates: TemplateRepository;
  /** Calibration sessions of real cycles, checklists, acknowledged no-surprises flags (migration 024). */
  calibrationSessions: CalibrationSessionRepository;
  /** In-app notifications, the email outbox and email choices (migration 020). */
  notifications: NotificationRepository;
}

export interface DataAccess extends Repositories {
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}

function repositories(db: Kysely<Database>): Repositories {
  return {
    org: new OrgRepository(db),
    accounts: new AccountRepository(db),
    sessions: new SessionRepository(db),
    apiTokens: new ApiTokenRepository(db),
    audit: new AuditRepository(db),
    oidcLogins: new OidcLoginRepository(db),
    personRecords: new PersonRecordsRepository(db),
    oncall: new OncallRepository(db),
    rubrics: new RubricRepository(db),
    cycles: new CycleRepository(db),
    ratings: new RatingRepository(db),
    ratingNotes: new RatingNoteRepository(db),
    sharedFeedback: new SharedFeedbackRepository(db),
    reviewWriteups: new ReviewWriteupRepository(db),
    compensation: new CompensationRepository(db),
    compensationBands: new CompensationBandRepository(db),
    evidence: new EvidenceRepository(db),
    goals: new GoalRepository(db),
    growthNotes: new GrowthNoteRepository(db),
    ladders: new LadderRepository(db),
    settings: new SettingsRepository(db),
    workshops: new WorkshopRepository(db),
    slos: new SloRepository(db),
    recordFreshness: new RecordFreshnessRepository(db),
    promotionCases: new PromotionCaseRepository(db),
    oneOnOnes: new OneOnOneRepository(db),
    supportPlans: new SupportPlanRepository(db),
    templates: new TemplateRepository(db),
    calibrationSessions: new CalibrationSessionRepository(db),
    notifications: new NotificationRepository(db),
  };
}

export function dataAccess(db: Kysely<Database>): DataAccess {
  return { ...repositories(db), transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx))) };
}
