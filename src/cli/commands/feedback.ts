/**
 * `trellis feedback lint [FILE|-]`: the feedback lint over a text — the same findings the web app
 * shows live while someone writes about a person. A writing aid: it always exits 0 when the text
 * could be read, whatever it finds (exit 2 only for a file or word list it cannot read).
 */
import type { Command } from 'commander';
import { print, printJson } from '../output.js';

interface LintOpts {
  json?: boolean;
  words?: string;
}

export function registerFeedback(program: Command): void {
  const feedback = program.command('feedback').description('Feedback tools: the feedback lint.');
  feedback
    .command('lint')
    .description('Find vague praise, personality criticism, unactionable asks and other patterns in feedback text (a writing aid, never a gate).')
    .argument('[file]', 'a text file, or - (the default) for stdin', '-')
    .option('--json', 'machine-readable output: a JSON list of {rule, start, end, message, suggestion}')
    .option('--words <file>', "the organisation's additions to the word lists (JSON, the shape of src/core/feedback/lexicon.en.json)")
    .addHelpText('after', `
Examples:
  $ echo "Great job, a real team player." | trellis feedback lint
  $ trellis feedback lint review.txt --json
  $ trellis feedback lint review.txt --words our-words.json

start and end are offsets into the text (UTF-16 code units, as JavaScript counts them).
Rules and the research behind them: docs/feedback-lint.md.`)
    .action(async (file: string, opts: LintOpts) => {
      const { readFile } = await import('node:fs/promises');
      const { TrellisError } = await import('../../errors.js');
      const { createLinter, defaultLexicon } = await import('../../core/feedback/index.js');
      const { readWordLists } = await import('../../sources/feedback/word-lists.js');
      const read = async (path: string): Promise<string> => {
        try {
          return path === '-' ? await readStdin() : await readFile(path, 'utf8');
        } catch (e) {
          throw new TrellisError('BAD_INPUT', `cannot read ${path}: ${(e as Error).message}`);
        }
      };
      const lexicon = opts.words ? readWordLists(await read(opts.words), opts.words, defaultLexicon) : defaultLexicon;
      const text = await read(file);
      const findings = createLinter(lexicon)(text);
      if (opts.json) printJson(findings);
      else print(presentFindings(text, findings, file === '-' ? 'stdin' : file));
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Finding = import('../../core/feedback/lint.js').LintFinding;

/** `FILE:LINE:COLUMN rule "words": message`, then the suggestion, for each finding. */
export function presentFindings(text: string, findings: readonly Finding[], name: string): string {
  if (findings.length === 0) return `${name}: no findings\n`;
  const lines: string[] = [];
  for (const f of findings) {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const column = f.start - before.lastIndexOf('\n');
    const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const shown = words.length > 60 ? `${words.slice(0, 57)}…` : words;
    lines.push(`${name}:${line}:${column} ${f.rule} "${shown}": ${f.message}`, `  try: ${f.suggestion}`);
  }
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'} (a writing aid: nothing is refused)`);
  return `${lines.join('\n')}\n`;
}
