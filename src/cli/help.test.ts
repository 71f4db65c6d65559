/**
 * `trellis --help` is the first thing a new user reads: each command's one line must say what it
 * really does. Checked against the real lists (record kinds, ingest sources), so adding a kind or
 * a source without saying so in the help fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { recordKinds } from '../core/records/schemas.js';
import { buildProgram } from './program.js';

/** The "Commands:" section of a commander help text: command name → its description, unwrapped. */
function commandLines(help: string): Map<string, string> {
  // The section runs from its heading to the first blank line (the examples follow it).
  const section = (help.split(/^Commands:$/m)[1] ?? '').split(/\n\s*\n/)[0]!;
  const entries = new Map<string, string>();
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const start = /^ {2}(\S+)(?: \[options\])?(?: [<[][^\s>\]]+[>\]])*\s+(.*)$/.exec(line);
    if (start) {
      current = start[1]!;
      entries.set(current, start[2]!.trim());
    } else if (current !== undefined && /^\s+\S/.test(line)) {
      entries.set(current, `${entries.get(current)!} ${line.trim()}`);
    } else current = undefined;
  }
  return entries;
}

/** Whether `text` names `word` on its own (not as part of "pages" or "pull_request_id"). */
const names = (text: string, word: string) => new RegExp(`(?<![\\w-])${word}(?![\\w-])`).test(text);

describe('trellis --help', () => {
  let lines: Map<string, string>;
  beforeAll(async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    lines = commandLines(r.stdout);
  });

  it('lists every command with a one-line description', () => {
    const commands = buildProgram().commands.map((c) => c.name());
    expect([...lines.keys()].filter((c) => c !== 'help').sort()).toEqual([...commands].sort());
    for (const c of commands) expect(lines.get(c), c).toMatch(/\w{3,}/);
  });

  it('import names every record kind it accepts', () => {
    const line = lines.get('import')!;
    expect(recordKinds.filter((kind) => !names(line, kind))).toEqual([]);
  });

  it('ingest names each of its sources: git, github and gitlab', () => {
    const sources = buildProgram()
      .commands.find((c) => c.name() === 'ingest')!
      .commands.map((c) => c.name());
    expect([...sources].sort()).toEqual(['git', 'github', 'gitlab']);
    const line = lines.get('ingest')!;
    expect(sources.filter((source) => !names(line, source))).toEqual([]);
  });
});
