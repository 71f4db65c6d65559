/** A failed save in words: the server's message and, when it named fields, each problem. */
import { ApiError } from '../../api/errors';

export function describeFailure(e: unknown): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  return e.problems.length > 0 ? `${e.message} ${e.problems.join('; ')}` : e.message;
}
