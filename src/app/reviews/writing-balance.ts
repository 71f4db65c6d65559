/**
 * Standout vs grindstone words over the set of reviews one manager wrote in a cycle (spec/people.md,
 * lint category 6): judged over a set, never one text; shown only to the writer, as an aggregate
 * that names nobody reviewed; off until an administrator turns it on for the organisation
 * (setting `writing-balance`), because a count of words is a prompt to reread, not a finding.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { defaultLexicon, wordBalance, type WordBalance } from '../../core/feedback/index.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { collectAll } from '../org/collect-all.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { hasRole, loadCycle, type ReviewDeps } from './deps.js';

const settingKey = 'writing-balance';

export async function readWritingBalanceEnabled(r: Pick<Repositories, 'settings'>): Promise<boolean> {
  const parsed = z.object({ enabled: z.boolean() }).safeParse((await r.settings.get(settingKey))?.value);
  return parsed.success ? parsed.data.enabled : false;
}

export async function setWritingBalanceEnabled({ data, runtime }: ReviewDeps, actor: Actor, enabled: unknown): Promise<boolean> {
  assertAllowed(actor, 'write', { type: 'settings' });
  if (typeof enabled !== 'boolean') throw new TrellisError('BAD_INPUT', 'enabled: must be true or false', [{ field: 'enabled', message: 'must be true or false' }]);
  await data.transaction(async (r) => {
    await r.settings.put(settingKey, { enabled }, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'settings', resourceId: settingKey, detail: enabled ? 'on' : 'off' }));
  });
  return enabled;
}

export interface MyWritingBalance extends WordBalance {
  enabled: boolean;
  /** Texts with grindstone words and no standout word, and the reverse: how lopsided single texts are, unnamed. */
  grindstoneOnly: number;
  standoutOnly: number;
}

/**
 * The reader's own manager reviews and rating rationales in a cycle, counted together. Only the
 * writer sees it: the reader's texts are the only input, so there is no one else's set to read.
 */
export async function myWritingBalance(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<MyWritingBalance> {
  const empty = { texts: 0, standout: 0, grindstone: 0, standoutShare: null, grindstoneOnly: 0, standoutOnly: 0 };
  if (!(await readWritingBalanceEnabled(deps.data))) return { enabled: false, ...empty };
  if (actor.kind !== 'account' || !hasRole(actor, 'manager')) throw new TrellisError('FORBIDDEN', 'The word balance is shown to managers about the reviews they wrote.');
  const cycle = await loadCycle(deps.data, cycleId);
  const me = actor.accountId;
  const texts: string[] = [];
  for (const r of await deps.data.ratings.forCycle(cycle.id)) if (r.author === me && r.rationale.trim() !== '') texts.push(r.rationale);
  const people = (await collectAll((p) => deps.data.org.listPeople(p))).filter((p) => actor.reportingLine.has(p.id));
  for (const p of people) {
    const manager = (await deps.data.reviewWriteups.forPerson(cycle.id, p.id)).manager;
    if (manager && manager.author === me && manager.text.trim() !== '') texts.push(manager.text);
  }
  const perText = texts.map((t) => wordBalance([t], defaultLexicon));
  return {
    enabled: true,
    ...wordBalance(texts, defaultLexicon),
    grindstoneOnly: perText.filter((b) => b.grindstone > 0 && b.standout === 0).length,
    standoutOnly: perText.filter((b) => b.standout > 0 && b.grindstone === 0).length,
  };
}
