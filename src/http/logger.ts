/**
 * The server's structured logger: JSON lines from pino at `config.logLevel` (`silent` in tests),
 * on stderr — stdout belongs to command output (`--json`), per the CLI contract in DESIGN.md.
 * Built here rather than through Fastify's `logger` option so the CLI can create the same
 * logger, use it before the server exists, and hand it to `buildServer`.
 */
import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';

export function createLogger(config: Pick<Config, 'logLevel'>, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level: config.logLevel,
      // Never log credentials, even at trace level: sessions, API tokens and CSRF tokens travel in these headers.
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    },
    destination,
  );
}
