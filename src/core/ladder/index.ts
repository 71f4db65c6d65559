/** The ladder core: import, export, diff, lookup and lint of career ladders (pure). */
export type * from './model.js';
export { parseLadder, detectLadderFormat, ladderFormats, type LadderFormat, type ParseLadderOptions, type LadderFileParse, type LadderFileProblem } from './parse-ladder.js';
export { exportNativeYaml, parseNativeYaml, nativeFormat, ladderProblems } from './native.js';
export { exportMarkdown } from './export-markdown.js';
export { diffLadderVersions, type LadderVersionDiff } from './diff-versions.js';
export { diffLevels, type LevelDiff, type DimensionStep } from './diff-levels.js';
export { levelFor, nextLevel, levelsByRank } from './level-lookup.js';
export { findVagueCells, type VagueCellFinding } from './vague-cells.js';
export { vagueCellWords } from './vague-words.js';
