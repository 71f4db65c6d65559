import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { outputViaThread, type ThreadExit } from './git-output-thread.js';

const node = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'trellis-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(gen: AsyncGenerator<string, ThreadExit>, slow = false): Promise<{ text: string; exit: ThreadExit }> {
  let text = '';
  let n = 0;
  for (;;) {
    const next = await gen.next();
    if (next.done) return { text, exit: next.value };
    text += next.value;
    // A consumer slower than the command: the worker's buffer passes its high-water mark.
    if (slow && ++n % 200 === 0) await sleep(5);
  }
}

describe('outputViaThread', () => {
  it('passes stdin in and every character of stdout out, and says how the command ended', async () => {
    const script = 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{process.stdout.write(s.toUpperCase());process.stderr.write("done");})';
    const { text, exit } = await collect(outputViaThread(node, ['-e', script], 'ab\0cd\n', process.env));
    expect(text).toBe('AB\0CD\n');
    expect(exit).toEqual({ code: 0, stderr: 'done', spawnError: undefined });
  });

  it('keeps a long output whole when the consumer is slower than the command (paused and resumed)', async () => {
    // 48 MB in 1 MB writes: more than the 32 MB the worker holds before pausing the command.
    const script = 'const line="x".repeat(1023)+"\\n";const mb=line.repeat(1024);let i=0;(function w(){while(i<48){i++;if(!process.stdout.write(mb))return process.stdout.once("drain",w);}})()';
    const { text, exit } = await collect(outputViaThread(node, ['-e', script], '', process.env), true);
    expect(exit.code).toBe(0);
    expect(text.length).toBe(48 * 1024 * 1024);
    expect(text.split('\n').filter((l) => l !== '').every((l) => l.length === 1023)).toBe(true);
  });

  it('reports a failing command with its exit code and stderr, and a missing one as a spawn error', async () => {
    const failed = await collect(outputViaThread(node, ['-e', 'process.stderr.write("fatal: no");process.exit(128)'], '', process.env));
    expect(failed.exit).toMatchObject({ code: 128, stderr: 'fatal: no' });
    const missing = await collect(outputViaThread('trellis-no-such-command', [], '', process.env));
    expect(missing.exit.spawnError).toMatchObject({ code: 'ENOENT' });
  });

  it('stops the command when the consumer stops early', async () => {
    const pidFile = join(dir, 'pid');
    const script = `require("fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));setInterval(()=>process.stdout.write("tick\\n"),5)`;
    for await (const chunk of outputViaThread(node, ['-e', script], '', process.env)) {
      expect(chunk).toContain('tick');
      break;
    }
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await sleep(20);
    expect(alive()).toBe(false);
  });
});
