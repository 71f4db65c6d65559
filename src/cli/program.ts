/**
 * The `trellis` command line: one small file per command under commands/, assembled here.
 *
 * A command file imports only commander and light modules at its top; what the command needs to
 * run (the store and its driver, the use cases, parsers, the web server) it imports inside its
 * action. Assembling the program therefore costs a tenth of a second instead of loading every
 * command's dependencies, and each command loads only its own (startup.test.ts keeps it so).
 */
import { Command } from 'commander';
import { registerAccount } from './commands/account.js';
import { registerCalibration } from './commands/calibration.js';
import { registerDemo } from './commands/demo.js';
import { registerDora } from './commands/dora.js';
import { registerExport } from './commands/export.js';
import { registerFeedback } from './commands/feedback.js';
import { registerFriction } from './commands/friction.js';
import { registerImport } from './commands/import.js';
import { registerIngest } from './commands/ingest.js';
import { registerIngestGithub } from './commands/ingest-github.js';
import { registerCompensation } from './commands/compensation.js';
import { registerLadder } from './commands/ladder.js';
import { registerIngestGitlab } from './commands/ingest-gitlab.js';
import { registerMigrate } from './commands/migrate.js';
import { registerOncall } from './commands/oncall.js';
import { registerOrg } from './commands/org.js';
import { registerServe } from './commands/serve.js';
import { registerSlo } from './commands/slo.js';
import { registerStatus } from './commands/status.js';
import { registerToken } from './commands/token.js';
import { dbOptionHelp } from './context.js';
import { version } from '../version.js';

export function buildProgram(): Command {
  const program = new Command('trellis')
    .description('Trellis: fair, evidence-based engineering performance management.\nDelivery and reliability are team and service context, never an individual scorecard.')
    .version(version)
    .option('--db <target>', dbOptionHelp)
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    // Exit codes are ours to choose (2 for bad usage): commander must not call process.exit.
    .exitOverride();
  registerDemo(program);
  registerServe(program);
  registerMigrate(program);
  registerImport(program);
  registerIngest(program);
  registerIngestGithub(program);
  registerIngestGitlab(program);
  registerExport(program);
  registerStatus(program);
  registerOrg(program);
  registerDora(program);
  registerSlo(program);
  registerLadder(program);
  registerCompensation(program);
  registerFriction(program);
  registerCalibration(program);
  registerFeedback(program);
  registerOncall(program);
  registerAccount(program);
  registerToken(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ trellis demo                          the demo organisation at http://localhost:3000
  $ trellis import org.jsonl events.csv   import records (all-or-nothing per file)
  $ trellis teams --json                  list teams as JSON
  $ trellis ladder import eng.yml         import and publish a career ladder
  $ trellis slo import slos.yaml          import OpenSLO definitions; then: trellis slo status
  $ trellis account create --email you@example.com --role admin
  $ trellis serve --db postgres://trellis@db/trellis

Exit codes: 0 ok, 1 failure, 2 bad input. Machine output (--json) goes to stdout only.`,
  );
  return program;
}
