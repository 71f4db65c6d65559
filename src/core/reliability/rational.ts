/**
 * Exact rationals over BigInt. Budget arithmetic must be exact (spec/reliability.md): `1 − 0.999`
 * is not 0.001 in floating point, and a burn rate exactly at an alert's factor must not fire.
 * Targets arrive as decimal text ("0.9995"), counts as integers; every comparison is a
 * cross-multiplication of integers. Numbers are produced only for display.
 */
export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = rat(0);
export const ONE = rat(1);

export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);

/** −1, 0 or 1. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function toNumber(a: Rational): number {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  const abs = a.n < 0n ? -a.n : a.n;
  // Both exact as doubles: one correctly rounded division.
  if (abs <= max && a.d <= max) return Number(a.n) / Number(a.d);
  // Otherwise shift both down to 53 significant bits of the larger first.
  const bits = BigInt(Math.max(abs.toString(2).length, a.d.toString(2).length) - 53);
  return Number(a.n >> bits) / Number(a.d >> bits);
}

/** Parse a plain decimal ("0.999", "99.95", "1", "1e-3" is refused) exactly. */
export function parseDecimal(text: string): Rational | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`) * (m[1] === '-' ? -1n : 1n);
  return rat(n, 10n ** BigInt(frac.length));
}

/**
 * The rational a YAML number stands for. JavaScript prints a double as the shortest decimal that
 * reads back as it (0.999 → "0.999"), which is the decimal the author wrote.
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = x.toString();
  const e = /^(-?\d+(?:\.\d+)?)e([+-]\d+)$/.exec(text);
  if (e) {
    const base = parseDecimal(e[1]!)!;
    const exp = Number(e[2]);
    return exp >= 0 ? mul(base, rat(10n ** BigInt(exp))) : div(base, rat(10n ** BigInt(-exp)));
  }
  return parseDecimal(text)!;
}
