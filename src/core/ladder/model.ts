/**
 * A career ladder as data (spec/people.md): ordered levels × dimensions → cells. This is the
 * shape every importer produces and every view, diff and export reads; the native YAML format is
 * this shape written out, so a round trip through it loses nothing.
 */

/** One rung. `rank` orders levels; two levels may share a rank when tracks fork (IC and manager). */
export interface LadderLevel {
  id: string;
  name: string;
  rank: number;
  /** e.g. `ic`, `manager`; absent for a level every track shares. */
  track?: string;
  /** Other names people use for this level (`L3`, `Senior 1`): matched against a person's `level`. */
  aliases?: string[];
  description?: string;
}

/** An axis of growth (scope, autonomy, communication …). */
export interface LadderDimension {
  id: string;
  name: string;
  description?: string;
}

/** One entry of a cell: what the level looks like on that dimension, as observable behaviour. */
export interface LadderCellEntry {
  summary: string;
  examples: string[];
  proficiency?: string;
  /** Reading that helps understand the entry (FT's `supportingUrls`). */
  links?: { label: string; url: string }[];
}

/** Cells are sparse: a level × dimension pair with no entries is simply absent. */
export interface LadderCell {
  level: string;
  dimension: string;
  entries: LadderCellEntry[];
}

export interface Ladder {
  /** Stable id of the ladder across its versions (`engineering`). */
  id: string;
  name: string;
  description?: string;
  /** Levels are cumulative (each includes the ones below) unless the ladder says otherwise. */
  cumulative: boolean;
  levels: LadderLevel[];
  dimensions: LadderDimension[];
  cells: LadderCell[];
  /**
   * Where it came from (`ft-yaml`, `monzo-markdown`, `jorgef-markdown`, `postman-markdown`, `native`)
   * and free notes. A ladder written by another organisation also carries its `title`, `url` and
   * `licence`: its text names that organisation ("the FT's strategic priorities"), so every page
   * that shows it says whose text it is rather than passing it off as the reader's own.
   */
  source?: { format: string; notes?: string; title?: string; url?: string; licence?: string };
}

/** A stored version. Published versions are immutable: an edit makes version n + 1. */
export interface LadderVersion {
  ladder: Ladder;
  version: number;
  /** Epoch ms; null while a draft. */
  publishedAt: number | null;
}
