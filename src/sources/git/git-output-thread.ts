/**
 * git's output read by a worker thread, for a consumer that spends long stretches on the main
 * thread (git ingestion writing a few thousand rows to SQLite, synchronously, every chunk).
 *
 * Read on the main thread, git's output waits in a 64 KB pipe while the main thread writes; git
 * fills it in a few milliseconds and then stops until the writes are done, so git's work and the
 * writes take turns instead of overlapping. A worker thread keeps draining the pipe whatever the
 * main thread is doing and passes the text on in messages: git runs at full speed on one core
 * while the writes run on the other. (Measured on a 100,000-commit log with 60 ms of writing per
 * 5,000 commits: read on the main thread the total was git + writing, read here it was close to
 * the larger of the two.)
 *
 * The worker is a small script given as text (`eval`), so it runs the same under the compiled
 * package, tsx and the test runner, with no module of its own to resolve. It holds at most
 * HIGH_WATER characters the main thread has not taken yet, then pauses git (flow control through
 * `ack` messages), so a slow consumer never buffers a whole huge history in memory.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const HIGH_WATER = 32 * 1024 * 1024;
const LOW_WATER = 8 * 1024 * 1024;
/** Characters taken before telling the worker: one message per megabyte, not per chunk. */
const ACK_EVERY = 1024 * 1024;
/** How long a stopped worker gets to kill the command before it is terminated. */
const STOP_GRACE_MS = 2000;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { spawn } = require('node:child_process');
const { command, args, input, env, highWater, lowWater } = workerData;
const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
let stderr = '';
let spawnError;
let outstanding = 0;
let paused = false;
child.on('error', (e) => { spawnError = { message: e.message, code: e.code }; });
child.stderr.setEncoding('utf8').on('data', (c) => { if (stderr.length < 8192) stderr += c; });
child.stdin.on('error', () => undefined);
child.stdin.end(input);
child.stdout.setEncoding('utf8').on('data', (text) => {
  outstanding += text.length;
  parentPort.postMessage({ type: 'out', text });
  if (!paused && outstanding > highWater) { paused = true; child.stdout.pause(); }
});
child.on('close', (code) => parentPort.postMessage({ type: 'exit', code, stderr, spawnError }));
parentPort.on('message', (m) => {
  if (m.type === 'ack') {
    outstanding -= m.chars;
    if (paused && outstanding < lowWater) { paused = false; child.stdout.resume(); }
  } else if (m.type === 'stop') {
    // The thread ends by itself once the command has gone and this port is closed.
    if (child.exitCode === null) child.kill();
    parentPort.close();
  }
});
`;

type FromWorker =
  | { type: 'out'; text: string }
  | { type: 'exit'; code: number | null; stderr: string; spawnError?: { message: string; code?: string } };

export interface ThreadExit {
  code: number | null;
  stderr: string;
  spawnError?: { message: string; code?: string } | undefined;
}

/**
 * Runs `command args` in a worker thread and yields its stdout as text, chunk by chunk; returns
 * how it ended. Stopping early (break, throw) stops the command and the worker.
 */
export async function* outputViaThread(command: string, args: readonly string[], input: string, env: NodeJS.ProcessEnv): AsyncGenerator<string, ThreadExit> {
  const worker = new Worker(WORKER, { eval: true, workerData: { command, args, input, env, highWater: HIGH_WATER, lowWater: LOW_WATER } });
  const queue: FromWorker[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on('message', (m: FromWorker) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  let taken = 0;
  let finished = false;
  try {
    for (;;) {
      while (queue.length === 0 && failure === undefined) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (failure) throw failure;
      const m = queue.shift()!;
      if (m.type === 'exit') {
        finished = true;
        return { code: m.code, stderr: m.stderr, spawnError: m.spawnError };
      }
      yield m.text;
      taken += m.text.length;
      if (taken >= ACK_EVERY) {
        worker.postMessage({ type: 'ack', chars: taken });
        taken = 0;
      }
    }
  } finally {
    if (finished) await worker.terminate();
    else await stop(worker);
  }
}

/** Asks the worker to kill the command and waits for it to end (terminating it after a while). */
async function stop(worker: Worker): Promise<void> {
  const ended = once(worker, 'exit');
  worker.postMessage({ type: 'stop' });
  const timer = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
  try {
    await ended;
  } finally {
    clearTimeout(timer);
  }
}
