/**
 * The state of git ingestion (migration 003). The table is declared here with Kysely's
 * `withTables` rather than in schema.ts, so this feature stays in its own files.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

interface IngestStateTable {
  repository: string;
  service: string;
  environment: string;
  tips: string;
  deployments: string;
  ingested_at: number;
}

export interface IngestedDeployment {
  id: string;
  tag: string;
  commit: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface IngestKey {
  /** The repository's absolute git directory, so `repo` and `repo/src` are one repository. */
  repository: string;
  service: string;
  environment: string;
}

export interface IngestState extends IngestKey {
  tips: string[];
  deployments: IngestedDeployment[];
  /** Epoch milliseconds of the run that wrote this state. */
  ingestedAt: number;
}

export class IngestStateRepository {
  private readonly db: Kysely<Database & { ingest_state: IngestStateTable }>;

  constructor(db: Kysely<Database>) {
    this.db = db.withTables<{ ingest_state: IngestStateTable }>();
  }

  async get(key: IngestKey): Promise<IngestState | undefined> {
    const r = await this.db
      .selectFrom('ingest_state')
      .selectAll()
      .where('repository', '=', key.repository)
      .where('service', '=', key.service)
      .where('environment', '=', key.environment)
      .executeTakeFirst();
    if (!r) return undefined;
    return {
      ...key,
      tips: JSON.parse(r.tips) as string[],
      deployments: JSON.parse(r.deployments) as IngestedDeployment[],
      ingestedAt: Number(r.ingested_at),
    };
  }

  /** The other services this repository has been ingested for (any environment). */
  async otherServicesOf(repository: string, service: string): Promise<string[]> {
    const rows = await this.db.selectFrom('ingest_state').select('service').distinct().where('repository', '=', repository).where('service', '<>', service).orderBy('service').execute();
    return rows.map((r) => r.service);
  }

  /** Among these commits, those stored as changes of another service: sha → that service. */
  async changesOfOtherServices(shas: readonly string[], service: string): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < shas.length; i += 500) {
      const rows = await this.db.selectFrom('changes').select(['id', 'service']).where('id', 'in', shas.slice(i, i + 500)).where('service', '<>', service).execute();
      for (const r of rows) found.set(r.id, r.service);
    }
    return found;
  }

  async save(s: IngestState): Promise<void> {
    const values = {
      repository: s.repository,
      service: s.service,
      environment: s.environment,
      tips: JSON.stringify(s.tips),
      deployments: JSON.stringify(s.deployments),
      ingested_at: s.ingestedAt,
    };
    await this.db
      .insertInto('ingest_state')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['repository', 'service', 'environment']).doUpdateSet({ tips: values.tips, deployments: values.deployments, ingested_at: values.ingested_at }),
      )
      .execute();
  }
}
