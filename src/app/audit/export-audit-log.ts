/**
 * The audit log as CSV for administrators (an auditor's spreadsheet), with the page's filters.
 * Read a page at a time so no single query is unbounded; capped at `MAX_EXPORT_ROWS`, newest
 * first, and the file says so in its last line when the cap cut it.
 */
import type { Actor } from '../../core/access/actor.js';
import { toCsv, type CsvCell } from '../../core/export/csv.js';
import type { DataAccess } from '../../store/data-access.js';
import { listAuditLog, type AuditFilter } from './list-audit-log.js';

export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 500;

export async function exportAuditLog(deps: { data: DataAccess }, actor: Actor, filter: AuditFilter): Promise<string> {
  const rows: CsvCell[][] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += PAGE) {
    const page = await listAuditLog(deps, actor, { ...filter, limit: Math.min(PAGE, MAX_EXPORT_ROWS - offset), offset });
    total = page.total;
    for (const e of page.items) {
      const about = e.subjects.map((s) => s.name ?? s.id).join('; ');
      rows.push([e.at, e.actor.name, e.actor.email, e.action, e.summary, e.detail, about, e.resourceType, e.resourceId]);
    }
    if (page.items.length < PAGE) break;
  }
  if (total > rows.length) rows.push([null, null, null, null, `Cut at ${rows.length} of ${total} entries: narrow the filters to export the rest.`, null, null, null, null]);
  return toCsv(['at (UTC)', 'actor', 'actor email', 'action', 'what', 'detail', 'about', 'record type', 'record id'], rows);
}
