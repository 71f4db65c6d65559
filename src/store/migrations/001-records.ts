/**
 * The record tables. Written with Kysely's schema builder only (no raw dialect SQL) so the one
 * migration runs on SQLite and PostgreSQL alike.
 *
 * Foreign keys between org records are DEFERRABLE INITIALLY DEFERRED: one import file may name a
 * person's manager before the manager's own line, and the importer checks references itself
 * (with FILE:LINE errors) — the database constraint is the safety net at commit.
 * References between events (causedBy, rollbackOf, revertOf, …) carry no constraint on purpose:
 * events arrive from different tools at different times, and the metrics report dangling ones.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent', 'text')
    .addColumn('timezone', 'text')
    .addForeignKeyConstraint('teams_parent_fk', ['parent'], 'teams', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('team', 'text')
    .addColumn('manager', 'text')
    .addColumn('level', 'text')
    .addColumn('track', 'text')
    .addColumn('timezone', 'text')
    .addColumn('working_hours', 'text')
    .addColumn('start_date', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addForeignKeyConstraint('people_team_fk', ['team'], 'teams', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .addForeignKeyConstraint('people_manager_fk', ['manager'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('people_team_idx').on('people').column('team').execute();
  await db.schema.createIndex('people_manager_idx').on('people').column('manager').execute();

  await db.schema
    .createTable('services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('team', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('services_team_fk', ['team'], 'teams', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('services_team_idx').on('services').column('team').execute();

  await db.schema
    .createTable('changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'bigint', (c) => c.notNull())
    .addColumn('authored_at', 'bigint')
    .addColumn('merged_at', 'bigint')
    .addColumn('author', 'text')
    .addColumn('is_merge', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revert_of', 'text')
    .addColumn('deployment', 'text')
    .addForeignKeyConstraint('changes_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('changes_service_time_idx').on('changes').columns(['service', 'committed_at']).execute();

  await db.schema
    .createTable('deployments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('commit_sha', 'text')
    .addColumn('rollback_of', 'text')
    .addColumn('remediates', 'text')
    .addForeignKeyConstraint('deployments_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema
    .createIndex('deployments_service_env_time_idx')
    .on('deployments')
    .columns(['service', 'environment', 'finished_at'])
    .execute();

  await db.schema
    .createTable('deployment_changes')
    .addColumn('deployment', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deployment_changes_pk', ['deployment', 'change'])
    .addForeignKeyConstraint('deployment_changes_deployment_fk', ['deployment'], 'deployments', ['id'], (fk) =>
      fk.onDelete('cascade').deferrable().initiallyDeferred(),
    )
    .execute();
  await db.schema.createIndex('deployment_changes_change_idx').on('deployment_changes').column('change').execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('detected_at', 'bigint')
    .addColumn('resolved_at', 'bigint')
    .addColumn('severity', 'text')
    .addColumn('caused_by', 'text')
    .addColumn('title', 'text')
    .addForeignKeyConstraint('incidents_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('incidents_service_time_idx').on('incidents').columns(['service', 'started_at']).execute();

  await db.schema
    .createTable('pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('person', 'text')
    .addColumn('service', 'text')
    .addColumn('acknowledged_at', 'bigint')
    .addColumn('resolved_at', 'bigint')
    .addColumn('urgency', 'text')
    .addColumn('actionable', 'integer')
    .addForeignKeyConstraint('pages_person_fk', ['person'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .addForeignKeyConstraint('pages_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('pages_person_time_idx').on('pages').columns(['person', 'at']).execute();
  await db.schema.createIndex('pages_service_time_idx').on('pages').columns(['service', 'at']).execute();

  await db.schema
    .createTable('oncall_shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('start_at', 'bigint', (c) => c.notNull())
    .addColumn('end_at', 'bigint', (c) => c.notNull())
    .addColumn('schedule', 'text')
    .addForeignKeyConstraint('oncall_shifts_person_fk', ['person'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('oncall_shifts_person_time_idx').on('oncall_shifts').columns(['person', 'start_at']).execute();

  await db.schema
    .createTable('sli_slices')
    .addColumn('slo', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('good', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sli_slices_pk', ['slo', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['sli_slices', 'oncall_shifts', 'pages', 'incidents', 'deployment_changes', 'deployments', 'changes', 'services', 'people', 'teams']) {
    await db.schema.dropTable(t).execute();
  }
}
