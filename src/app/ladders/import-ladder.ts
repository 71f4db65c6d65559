/**
 * Importing a ladder file as a new version: parse (any format parseLadder knows), then store it —
 * published at once by default, or as a draft to review first. Importing the same ladder as the
 * newest version again changes nothing, so a repeated import (or the demo) does not pile up versions.
 */
import type { Actor } from '../../core/access/actor.js';
import { diffLadderVersions } from '../../core/ladder/diff-versions.js';
import { parseLadder, type LadderFormat } from '../../core/ladder/parse-ladder.js';
import type { Ladder } from '../../core/ladder/model.js';
import { findVagueCells } from '../../core/ladder/vague-cells.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { LadderDeps } from './deps.js';

export interface ImportLadderInput {
  text: string;
  /** Names the file in problems and helps recognise its format. */
  fileName: string;
  id?: string | undefined;
  draft?: boolean | undefined;
  format?: LadderFormat | undefined;
  jorgefReadme?: string | undefined;
  /** Extra names for levels (`L4` → `senior-1`), added to the imported levels' aliases. */
  aliases?: Record<string, string[]> | undefined;
  /** Whose text this is, when another organisation wrote it (a bundled ladder): kept in the ladder's source. */
  attribution?: LadderAttribution | undefined;
}

export interface LadderAttribution {
  title: string;
  url: string;
  licence: string;
}

export interface ImportLadderResult {
  id: string;
  name: string;
  version: number;
  format: LadderFormat;
  publishedAt: number | null;
  /** The newest version already held this ladder: nothing was written. */
  unchanged: boolean;
  levels: number;
  dimensions: number;
  cells: number;
  /** Cells that use vague words instead of behaviour (a prompt to improve the ladder, never a block). */
  vagueCells: number;
}

function withAliases(ladder: Ladder, aliases: Record<string, string[]>): Ladder {
  const unknown = Object.keys(aliases).filter((id) => !ladder.levels.some((l) => l.id === id));
  if (unknown.length > 0) throw new TrellisError('BAD_INPUT', `No level ${unknown.map((u) => `"${u}"`).join(', ')} in the ladder.`, unknown.map((u) => ({ field: 'aliases', message: `no level "${u}"` })));
  return { ...ladder, levels: ladder.levels.map((l) => (aliases[l.id] ? { ...l, aliases: [...new Set([...(l.aliases ?? []), ...aliases[l.id]!])] } : l)) };
}

export async function importLadder(deps: LadderDeps, actor: Actor, input: ImportLadderInput): Promise<ImportLadderResult> {
  assertAllowed(actor, 'write', { type: 'ladder' });
  const parsed = parseLadder(input.text, input.fileName, { id: input.id, format: input.format, jorgefReadme: input.jorgefReadme });
  if (!parsed.ok) throw new TrellisError('IMPORT_REJECTED', `${input.fileName} is not a ladder Trellis can import; nothing was stored.`, parsed.problems);
  const aliased = input.aliases ? withAliases(parsed.ladder, input.aliases) : parsed.ladder;
  const ladder: Ladder = input.attribution ? { ...aliased, source: { format: parsed.format, ...aliased.source, ...input.attribution } } : aliased;
  const publish = input.draft !== true;
  const { runtime } = deps;
  const summary = { id: ladder.id, name: ladder.name, format: parsed.format, levels: ladder.levels.length, dimensions: ladder.dimensions.length, cells: ladder.cells.length, vagueCells: new Set(findVagueCells(ladder).map((f) => `${f.level}/${f.dimension}`)).size };

  return deps.data.transaction(async (r) => {
    const latest = await r.ladders.latest(ladder.id);
    if (latest && diffLadderVersions(latest.ladder, ladder).same && (latest.publishedAt !== null) === publish) {
      return { ...summary, version: latest.version, publishedAt: latest.publishedAt, unchanged: true };
    }
    const at = runtime.now();
    const publishedAt = publish ? at : null;
    const version = await r.ladders.insertVersion({ ladder, publishedAt, createdAt: at, createdBy: actorAccountOf(actor) });
    await r.audit.append(
      auditEntry(runtime, actorAccountOf(actor), {
        action: publish ? 'import-publish' : 'import-draft',
        resourceType: 'ladder',
        resourceId: `${ladder.id}@${version}`,
        detail: `${input.fileName} (${parsed.format}): ${summary.levels} levels × ${summary.dimensions} dimensions`,
      }),
    );
    return { ...summary, version, publishedAt, unchanged: false };
  });
}
