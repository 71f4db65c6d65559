/**
 * A real SMTP server (npm `smtp-server`) on 127.0.0.1 for tests: it keeps every message it
 * accepts, so a test reads what Trellis actually sent over the wire. `refusing` makes it answer
 * 550 to every recipient (a mail server that refuses); `close()` takes it down.
 */
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The body as text (quoted-printable or base64 decoded). */
  text: string;
  raw: string;
}

export interface TestSmtp {
  port: number;
  received: ReceivedMail[];
  /** Answer 550 to every recipient while true. */
  refusing: boolean;
  /** SMTP settings (the env variables) that point Trellis here. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Unfold and decode a header (nodemailer encodes non-ASCII subjects as =?UTF-8?Q?…?=). */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const m = new RegExp(`^${name}: ?(.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(head);
  const value = (m?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ');
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

/** The body of a single-part text message, decoded. */
function bodyText(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = header(raw, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, received: [], refusing: false, env: {}, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (state.refusing) {
        const e = new Error('5.7.1 Relaying denied (test server refusing)') as Error & { responseCode: number };
        e.responseCode = 550;
        cb(e);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        state.received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: header(raw, 'Subject'), text: bodyText(raw), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  state.port = typeof address === 'object' && address ? address.port : port;
  state.env = { TRELLIS_SMTP_HOST: '127.0.0.1', TRELLIS_SMTP_PORT: String(state.port), TRELLIS_SMTP_SECURE: 'false', TRELLIS_SMTP_FROM: 'Trellis <trellis@lumen.example>' };
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Wait until `check` holds (polling), or fail with `what` after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
