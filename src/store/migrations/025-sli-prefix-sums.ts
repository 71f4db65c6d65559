/**
 * Cumulative (prefix) sums on the hourly SLI rollups: per SLO, Σgood, Σtotal, minutes with data
 * and good one-minute slices over every hour up to and including this one. The sum over any run
 * of whole hours is then the difference of two rows — two index lookups, whatever the window's
 * length — so a 30-day status reads a handful of rows instead of 720 (spec/reliability.md,
 * "Scale"). They are rewritten with the rollups in the same transaction as every import.
 */
import { sql, type Kysely } from 'kysely';

const columns = ['cum_good', 'cum_total', 'cum_data_slices', 'cum_good_slices'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const c of columns) await db.schema.alterTable('sli_rollups').addColumn(c, 'bigint', (col) => col.notNull().defaultTo(0)).execute();
  await sql`update sli_rollups set cum_good = c.cg, cum_total = c.ct, cum_data_slices = c.cd, cum_good_slices = c.cgs
    from (select slo, hour,
            sum(good) over (partition by slo order by hour) as cg,
            sum(total) over (partition by slo order by hour) as ct,
            sum(data_slices) over (partition by slo order by hour) as cd,
            sum(good_slices) over (partition by slo order by hour) as cgs
          from sli_rollups) as c
    where sli_rollups.slo = c.slo and sli_rollups.hour = c.hour`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of columns) await db.schema.alterTable('sli_rollups').dropColumn(c).execute();
}
