import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPgSchema, postgresAvailable, pgBaseUrl } from '../../test/dialects.js';
import { openStore } from './db.js';
import { migrateToLatest } from './migrate.js';

const pgReady = await postgresAvailable();

describe.skipIf(!pgReady)('PostgreSQL introspection limited to the own schema [postgres]', () => {
  it("lists the own schema's tables with their columns, and nothing of other schemas", async () => {
    const own = await createPgSchema();
    const other = await createPgSchema();
    const store = await openStore(own.url, { pgPoolSize: 1 });
    const otherStore = await openStore(other.url, { pgPoolSize: 1 });
    try {
      await store.db.schema.createTable('gauges').addColumn('id', 'serial', (c) => c.primaryKey()).addColumn('label', 'text', (c) => c.notNull().defaultTo('x')).addColumn('note', 'text').execute();
      await otherStore.db.schema.createTable('elsewhere').addColumn('id', 'integer').execute();
      const tables = await store.db.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(['gauges']);
      expect(tables[0]!.columns).toEqual([
        { name: 'id', dataType: 'int4', dataTypeSchema: 'pg_catalog', isNullable: false, isAutoIncrementing: true, hasDefaultValue: true },
        { name: 'label', dataType: 'text', dataTypeSchema: 'pg_catalog', isNullable: false, isAutoIncrementing: false, hasDefaultValue: true },
        { name: 'note', dataType: 'text', dataTypeSchema: 'pg_catalog', isNullable: true, isAutoIncrementing: false, hasDefaultValue: false },
      ]);
    } finally {
      await store.close();
      await otherStore.close();
      await own.drop();
      await other.drop();
    }
  });

  it('migrates while other schemas and tables in the same database are created and dropped', async () => {
    // Another application (or another installation's tests) churning schemas beside Trellis.
    // Kysely's stock introspector failed here with "schema … does not exist" / "relation … does
    // not exist" once it caught a schema between reading the catalog and naming it.
    const churn = new pg.Client({ connectionString: pgBaseUrl });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      for (let i = 0; !stop; i++) {
        const name = `trellis_churn_${process.pid}_${i}`;
        await churn.query(`create schema ${name}; create table ${name}.t (id serial primary key, a text, b int); create table ${name}.u (id serial, c text)`);
        await churn.query(`drop schema ${name} cascade`);
      }
    })();
    try {
      for (let run = 0; run < 8; run++) {
        const schema = await createPgSchema();
        const store = await openStore(schema.url, { pgPoolSize: 2 });
        try {
          const { applied } = await migrateToLatest(store);
          expect(applied.length).toBeGreaterThan(5);
          expect((await migrateToLatest(store)).applied).toEqual([]);
        } finally {
          await store.close();
          await schema.drop();
        }
      }
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
  });
});
