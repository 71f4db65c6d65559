/**
 * The band table (administrators import it from CSV; compensation reviewers and people partners
 * read it) and a cycle's budget (compensation reviewers and people partners). An import replaces
 * the whole table in one transaction, or — with any problem — stores nothing and names each
 * problem by line and column. Both writes are audited.
 */
import type { Actor } from '../../core/access/actor.js';
import { parseBandsCsv } from '../../core/compensation/bands.js';
import { TrellisError } from '../../errors.js';
import type { Budget, StoredBands } from '../../store/compensation-band-repository.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, loadCycle, type ReviewDeps } from './deps.js';

export async function importBands(deps: ReviewDeps, actor: Actor, input: { csv: string; fileName?: string | undefined }): Promise<StoredBands> {
  assertAllowed(actor, 'write', { type: 'compensation-bands' });
  const fileName = input.fileName ?? 'bands.csv';
  const parsed = parseBandsCsv(input.csv, fileName);
  if (!parsed.ok) throw new TrellisError('IMPORT_REJECTED', `${fileName} is not a band table Trellis can import; nothing was stored.`, parsed.problems.map((message) => ({ message })));
  const at = deps.runtime.now();
  await deps.data.transaction(async (r) => {
    await r.compensationBands.replaceAll(parsed.bands, at, accountOf(actor));
    await r.audit.append(audit(deps, actor, { action: 'import', resourceType: 'compensation-bands', detail: `${parsed.bands.length} bands from ${fileName}` }));
  });
  return { bands: parsed.bands, importedAt: at, importedBy: accountOf(actor) };
}

export async function readBands(deps: ReviewDeps, actor: Actor): Promise<StoredBands> {
  assertAllowed(actor, 'read', { type: 'compensation-bands' });
  return deps.data.compensationBands.list();
}

export async function setBudget(deps: ReviewDeps, actor: Actor, cycleId: string, input: { currency: string; amount: number }): Promise<Budget> {
  assertAllowed(actor, 'write', { type: 'compensation-budget' });
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new TrellisError('BAD_INPUT', 'currency: must be a three-letter code such as EUR', [{ field: 'currency', message: 'must be a three-letter code such as EUR' }]);
  if (!Number.isFinite(input.amount) || input.amount < 0) throw new TrellisError('BAD_INPUT', 'amount: must be a number of at least 0', [{ field: 'amount', message: 'must be a number of at least 0' }]);
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const budget: Budget = { cycle: cycle.id, currency, amount: input.amount, updatedAt: at, updatedBy: accountOf(actor) };
    await r.compensationBands.saveBudget(budget);
    await r.audit.append(audit(deps, actor, { action: 'update', resourceType: 'compensation-budget', resourceId: cycle.id, detail: `${currency} ${input.amount}` }));
    return budget;
  });
}
