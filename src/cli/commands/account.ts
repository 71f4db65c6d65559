/**
 * `trellis account create`: the way the first administrator (and anyone, later) gets an
 * account. Runs as the operator — whoever holds the database — which the access policy allows
 * to manage accounts; the creation is audited like any other.
 */
import type { Command } from 'commander';
import { isRole, operatorActor, roles, type Role } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson } from '../output.js';
import { readPassword } from '../read-secret.js';

interface CreateOpts {
  email: string;
  role: string[];
  person?: string;
  password: boolean;
  json?: boolean;
}

function parseRoles(values: string[]): Role[] {
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const bad = names.filter((n) => !isRole(n));
  if (bad.length > 0) throw new TrellisError('BAD_INPUT', `--role: unknown role ${bad.map((b) => `"${b}"`).join(', ')} (known: ${roles.join(', ')})`);
  return names as Role[];
}

export function registerAccount(program: Command): void {
  const account = program.command('account').description('Sign-in accounts: create one with its roles.');
  account
    .command('create')
    .description('Create an account. The password is asked for at a terminal, or read as the first line of stdin.')
    .requiredOption('--email <email>', 'the email the person signs in with')
    .requiredOption('--role <role>', `a role (repeat or comma-separate): ${roles.join(', ')}`, (v: string, prev: string[] = []) => [...prev, v])
    .option('--person <id>', 'the person record this account is (needed for "my page" and manager rights)')
    .option('--no-password', 'no password: the account signs in through OIDC only')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print the account as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis account create --email ops@example.com --role admin
  $ printf '%s\\n' "$PASSWORD" | trellis account create --email sofia@example.com --role manager,engineer --person sofia-rossi`,
    )
    .action(async (opts: CreateOpts, cmd: Command) => {
      const accountRoles = parseRoles(opts.role);
      const password = opts.password ? await readPassword() : null;
      await withStore(cmd, async ({ store }) => {
        const { createAccount } = await import('../../app/auth/create-account.js');
        const { systemRuntime } = await import('../../app/runtime.js');
        const { dataAccess } = await import('../../store/data-access.js');
        const created = await createAccount({ data: dataAccess(store.db), runtime: systemRuntime }, operatorActor, {
          email: opts.email,
          roles: accountRoles,
          personId: opts.person ?? null,
          password,
        });
        if (opts.json) printJson(created);
        else info(`Created account ${created.email} (${created.roles.join(', ')})${created.personId ? ` for ${created.personId}` : ''}, id ${created.id}.`);
      });
    });
}
