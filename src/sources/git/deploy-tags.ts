/**
 * Which tags are deployments (spec/delivery.md, "Git ingestion"): tags matching the pattern are
 * successful deployments at the tag's creator date. Several matching tags on one commit are one
 * deployment — the earliest — because tagging `v1.2.0` and `prod-2024-03-04` on the same commit
 * ships it once, and counting it twice would inflate deployment frequency.
 */
import type { TagRef } from './refs.js';

export interface TagDeployment {
  /** Stable across runs, so re-ingesting updates rather than duplicates. */
  id: string;
  tag: string;
  commit: string;
  /** Epoch milliseconds. */
  at: number;
}

export function deploymentId(service: string, environment: string, tag: string): string {
  return `git:${service}:${environment}:${tag}`;
}

/** Deployments in shipping order: by time, then tag name (a stable order for equal times). */
export function tagDeployments(tags: readonly TagRef[], pattern: RegExp, service: string, environment: string): TagDeployment[] {
  const byCommit = new Map<string, TagDeployment>();
  for (const t of tags) {
    if (!pattern.test(t.name)) continue;
    const d: TagDeployment = { id: deploymentId(service, environment, t.name), tag: t.name, commit: t.commit, at: t.createdAt * 1000 };
    const seen = byCommit.get(t.commit);
    if (!seen || compare(d, seen) < 0) byCommit.set(t.commit, d);
  }
  return [...byCommit.values()].sort(compare);
}

export function compare(a: TagDeployment, b: TagDeployment): number {
  return a.at - b.at || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
