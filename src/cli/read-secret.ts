/**
 * Reading a password for a command: typed at a terminal without echo (asked twice), or the first
 * line of stdin when piped (`printf '%s\n' "$PW" | trellis account create …`), so it never
 * appears in the process list or shell history as an argument would.
 */
import { createInterface } from 'node:readline';
import { TrellisError } from '../errors.js';

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    // Echo nothing of what is typed; readline writes the prompt itself before muting.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stderr.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function firstStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstStdinLine();
  const first = await promptHidden('Password: ');
  const again = await promptHidden('Again: ');
  if (first !== again) throw new TrellisError('BAD_INPUT', 'The two passwords differ.');
  return first;
}
