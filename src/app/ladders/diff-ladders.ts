/** The two diff views: between two versions of a ladder, and between two levels of one version. */
import type { Actor } from '../../core/access/actor.js';
import { diffLevels, type LevelDiff } from '../../core/ladder/diff-levels.js';
import { diffLadderVersions, type LadderVersionDiff } from '../../core/ladder/diff-versions.js';
import { TrellisError } from '../../errors.js';
import { loadVersion, type LadderDeps, type VersionRef } from './deps.js';

export interface VersionDiffView {
  id: string;
  from: number;
  to: number;
  diff: LadderVersionDiff;
}

export async function diffVersions(deps: LadderDeps, actor: Actor, id: string, from: number, to: number): Promise<VersionDiffView> {
  const a = await loadVersion(deps, actor, { id, version: from });
  const b = await loadVersion(deps, actor, { id, version: to });
  return { id, from, to, diff: diffLadderVersions(a.ladder, b.ladder) };
}

export interface LevelDiffView extends LevelDiff {
  id: string;
  version: number;
}

export async function diffLevelsOf(deps: LadderDeps, actor: Actor, ref: VersionRef, fromLevel: string, toLevel: string): Promise<LevelDiffView> {
  const v = await loadVersion(deps, actor, ref);
  const d = diffLevels(v.ladder, fromLevel, toLevel);
  if (d === undefined) {
    const missing = [fromLevel, toLevel].filter((l) => !v.ladder.levels.some((x) => x.id === l));
    throw new TrellisError('NOT_FOUND', `No level ${missing.map((m) => `"${m}"`).join(' or ')} in ${v.ladder.name} (levels: ${v.ladder.levels.map((l) => l.id).join(', ')}).`);
  }
  return { id: v.ladder.id, version: v.version, ...d };
}
