/**
 * Outgoing email (notifications) over SMTP. Off when no SMTP variable is set; a half-made
 * set-up — a host without a from-address, a user without a password — is a configuration error
 * naming what is missing, never a server that silently sends nothing.
 *
 * The password comes from TRELLIS_SMTP_PASSWORD or, for container secrets, from the file
 * TRELLIS_SMTP_PASSWORD_FILE names (its content, without the trailing newline) — not both.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Problem } from './errors.js';

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Null for a relay that takes mail without signing in. */
  auth: { user: string; password: string } | null;
  /** The From address, e.g. `Trellis <trellis@example.com>`. */
  from: string;
}

export interface EmailDelivery {
  smtp: SmtpConfig | null;
  /** Attempts per email before it is marked failed (visible to administrators, who may retry). */
  maxAttempts: number;
  /** The wait after the first failed attempt; doubled after each further failure, at most an hour. */
  retryBaseMs: number;
  /** This server's address as people reach it, for the links in emails (e.g. https://trellis.example.com). */
  publicUrl: string | null;
}

export const smtpKeys = ['TRELLIS_SMTP_HOST', 'TRELLIS_SMTP_PORT', 'TRELLIS_SMTP_SECURE', 'TRELLIS_SMTP_USER', 'TRELLIS_SMTP_PASSWORD', 'TRELLIS_SMTP_PASSWORD_FILE', 'TRELLIS_SMTP_FROM'] as const;

const schema = z.object({
  TRELLIS_SMTP_HOST: z.string().trim().min(1).optional(),
  TRELLIS_SMTP_PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1).max(65535).optional(),
  TRELLIS_SMTP_SECURE: z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }).optional(),
  TRELLIS_SMTP_USER: z.string().min(1).optional(),
  TRELLIS_SMTP_PASSWORD: z.string().min(1).optional(),
  TRELLIS_SMTP_PASSWORD_FILE: z.string().min(1).optional(),
  TRELLIS_SMTP_FROM: z.string().trim().regex(/^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an email address, optionally with a name: Trellis <trellis@example.com>').optional(),
  TRELLIS_EMAIL_MAX_ATTEMPTS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1).max(100).default(5),
  TRELLIS_EMAIL_RETRY_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(0.05).max(3600).default(30),
  TRELLIS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});

export function parseEmailDelivery(env: Record<string, unknown>, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): { ok: true; value: EmailDelivery } | { ok: false; problems: Problem[] } {
  const parsed = schema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) };
  const e = parsed.data;
  const base = { maxAttempts: e.TRELLIS_EMAIL_MAX_ATTEMPTS, retryBaseMs: Math.round(e.TRELLIS_EMAIL_RETRY_SECONDS * 1000), publicUrl: e.TRELLIS_PUBLIC_URL?.replace(/\/+$/, '') ?? null };
  const set = smtpKeys.filter((k) => e[k] !== undefined);
  if (set.length === 0) return { ok: true, value: { ...base, smtp: null } };
  const problems: Problem[] = [];
  const needs = (field: string, why: string) => problems.push({ field, message: `is required when ${why} (email is off only when no TRELLIS_SMTP_* variable is set)` });
  if (e.TRELLIS_SMTP_HOST === undefined) needs('TRELLIS_SMTP_HOST', `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set`);
  if (e.TRELLIS_SMTP_FROM === undefined) needs('TRELLIS_SMTP_FROM', `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set`);
  if (e.TRELLIS_SMTP_PASSWORD !== undefined && e.TRELLIS_SMTP_PASSWORD_FILE !== undefined) problems.push({ field: 'TRELLIS_SMTP_PASSWORD_FILE', message: 'set either TRELLIS_SMTP_PASSWORD or TRELLIS_SMTP_PASSWORD_FILE, not both' });
  let password = e.TRELLIS_SMTP_PASSWORD;
  if (e.TRELLIS_SMTP_PASSWORD_FILE !== undefined && password === undefined) {
    try {
      password = readFile(e.TRELLIS_SMTP_PASSWORD_FILE).replace(/\r?\n$/, '');
      if (password === '') problems.push({ field: 'TRELLIS_SMTP_PASSWORD_FILE', message: `${e.TRELLIS_SMTP_PASSWORD_FILE} is empty` });
    } catch (err) {
      problems.push({ field: 'TRELLIS_SMTP_PASSWORD_FILE', message: `cannot read ${e.TRELLIS_SMTP_PASSWORD_FILE}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  if (e.TRELLIS_SMTP_USER !== undefined && password === undefined && e.TRELLIS_SMTP_PASSWORD_FILE === undefined) needs('TRELLIS_SMTP_PASSWORD', 'TRELLIS_SMTP_USER is set (or use TRELLIS_SMTP_PASSWORD_FILE)');
  if (e.TRELLIS_SMTP_USER === undefined && (e.TRELLIS_SMTP_PASSWORD !== undefined || e.TRELLIS_SMTP_PASSWORD_FILE !== undefined)) needs('TRELLIS_SMTP_USER', 'a password is set');
  if (problems.length > 0) return { ok: false, problems };
  const secure = e.TRELLIS_SMTP_SECURE === undefined ? e.TRELLIS_SMTP_PORT === 465 : e.TRELLIS_SMTP_SECURE === 'true' || e.TRELLIS_SMTP_SECURE === '1';
  const port = e.TRELLIS_SMTP_PORT ?? (secure ? 465 : 587);
  return {
    ok: true,
    value: { ...base, smtp: { host: e.TRELLIS_SMTP_HOST!, port, secure, auth: e.TRELLIS_SMTP_USER ? { user: e.TRELLIS_SMTP_USER, password: password! } : null, from: e.TRELLIS_SMTP_FROM! } },
  };
}
