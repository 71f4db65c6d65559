/**
 * One demo organisation per test run for the browser tests. Building it (records, people,
 * reviews, accounts) takes seconds; every e2e file used to build its own. The first browser
 * test that asks builds it into this run's folder; the others copy the finished file (see
 * demo-template.ts). The folder is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoTemplateDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-template-'));
  project.provide('e2eDemoTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
