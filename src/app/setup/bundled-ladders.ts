/**
 * Ladders that ship with Trellis, so first-run setup can start from a real, well-written ladder
 * instead of a blank page. Each lives in `data/ladders/` beside its licence. The path is resolved
 * from this module, which sits at the same depth under `src/` and the compiled `dist/`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { LadderAttribution } from '../ladders/import-ladder.js';

export interface BundledLadder {
  id: string;
  name: string;
  description: string;
  file: string;
  /**
   * Whose text it is, when another organisation wrote it: the ladder pages show it, so nobody
   * takes another company's ladder for their own. Absent for Trellis's own default ladder.
   */
  attribution?: LadderAttribution;
}

export const bundledLadders: readonly BundledLadder[] = [
  {
    id: 'trellis-engineering',
    name: 'Trellis engineering ladder',
    description: '6 levels × 6 dimensions (operational responsibility and mentoring among them), each cell with observable examples. Written for Trellis; edit it freely.',
    file: 'ladders/trellis/engineering.yml',
  },
  {
    id: 'ft-engineering',
    name: 'Financial Times engineering progression',
    description: '8 levels (IC and manager tracks fork at senior 2) × 9 themes, each cell with a proficiency. MIT licence.',
    file: 'ladders/ft/engineering.yml',
    attribution: {
      title: 'Financial Times engineering progression',
      url: 'https://github.com/Financial-Times/engineering-progression',
      licence: 'MIT licence, © 2019 Financial Times',
    },
  },
];

const dataRoot = new URL('../../../data/', import.meta.url);

export async function readBundledLadder(id: string): Promise<{ ladder: BundledLadder; text: string } | null> {
  const ladder = bundledLadders.find((l) => l.id === id);
  if (!ladder) return null;
  return { ladder, text: await readFile(fileURLToPath(new URL(ladder.file, dataRoot)), 'utf8') };
}
