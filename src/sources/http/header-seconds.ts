/**
 * A header that holds whole seconds — `Retry-After`, or a rate limit's reset time (epoch
 * seconds) or remaining count — or undefined when it is absent or not a plain number. An HTTP
 * date in `Retry-After` counts as absent: the caller then falls back to its other headers.
 */
export function headerSeconds(headers: Headers, name: string): number | undefined {
  const v = headers.get(name)?.trim();
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}
