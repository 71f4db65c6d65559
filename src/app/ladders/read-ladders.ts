/**
 * Reading ladders: the list, one version with its version history, and exports. Published
 * ladders are readable by everyone signed in; see deps.ts for drafts.
 */
import type { Actor } from '../../core/access/actor.js';
import { exportMarkdown } from '../../core/ladder/export-markdown.js';
import type { Ladder } from '../../core/ladder/model.js';
import { exportNativeYaml } from '../../core/ladder/native.js';
import { findVagueCells, type VagueCellFinding } from '../../core/ladder/vague-cells.js';
import type { LadderSummary, VersionInfo } from '../../store/ladder-repository.js';
import { assertAllowed } from '../authorize.js';
import { loadVersion, mayEditLadders, type LadderDeps, type VersionRef } from './deps.js';

export async function listLadders(deps: LadderDeps, actor: Actor): Promise<LadderSummary[]> {
  assertAllowed(actor, 'read', { type: 'ladder' });
  const all = await deps.data.ladders.list();
  // Someone who cannot see drafts does not see ladders that are drafts only.
  return mayEditLadders(actor) ? all : all.filter((l) => l.latestPublishedVersion !== null);
}

export interface LadderView {
  ladder: Ladder;
  version: number;
  publishedAt: number | null;
  createdAt: number;
  /** Every version the actor may see, oldest first. */
  versions: VersionInfo[];
  vagueCells: VagueCellFinding[];
}

export async function showLadder(deps: LadderDeps, actor: Actor, ref: VersionRef): Promise<LadderView> {
  const v = await loadVersion(deps, actor, ref);
  const versions = await deps.data.ladders.versions(v.ladder.id);
  return {
    ladder: v.ladder,
    version: v.version,
    publishedAt: v.publishedAt,
    createdAt: v.createdAt,
    versions: mayEditLadders(actor) ? versions : versions.filter((x) => x.publishedAt !== null),
    vagueCells: findVagueCells(v.ladder),
  };
}

export type ExportFormat = 'yaml' | 'markdown';

export async function exportLadder(deps: LadderDeps, actor: Actor, ref: VersionRef, format: ExportFormat): Promise<string> {
  const v = await loadVersion(deps, actor, ref);
  return format === 'yaml' ? exportNativeYaml(v.ladder) : exportMarkdown(v.ladder);
}
