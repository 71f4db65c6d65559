/**
 * A read that starts before something ends a credential (sign-out, token revocation) and answers
 * after it: the race a per-process cache must not lose by storing what was read.
 */
import { vi } from 'vitest';

/**
 * Start `read`, with the next call of `object[method]` (its database read) held back until `end`
 * has finished; then let it answer and wait for it.
 */
export async function readAcross<T extends object>(object: T, method: keyof T & string, read: () => Promise<unknown>, end: () => Promise<void>): Promise<void> {
  const real = (object[method] as (...args: unknown[]) => Promise<unknown>).bind(object);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  vi.spyOn(object, method as never).mockImplementationOnce((async (...args: unknown[]) => {
    const row = await real(...args);
    await gate;
    return row;
  }) as never);
  const racing = read();
  await new Promise((r) => setTimeout(r, 20));
  await end();
  release();
  await racing; // it was in flight before the end: it may still answer
}
