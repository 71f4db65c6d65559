/**
 * `trellis token create`: an API token for scripts, printed once on stdout (only the hash is
 * kept). The token acts with the roles of the account it belongs to.
 */
import type { Command } from 'commander';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, print, printJson } from '../output.js';

export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens: create one for an account (printed once).');
  token
    .command('create')
    .description('Create an API token for an account and print it once.')
    .requiredOption('--email <email>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "nightly import"')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print { id, name, token } as JSON')
    .action(async (opts: { email: string; name: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const { createApiToken } = await import('../../app/auth/create-api-token.js');
        const { systemRuntime } = await import('../../app/runtime.js');
        const { operatorActor } = await import('../../core/access/actor.js');
        const { dataAccess } = await import('../../store/data-access.js');
        const data = dataAccess(store.db);
        const account = await data.accounts.findByEmail(opts.email);
        if (!account) throw new TrellisError('NOT_FOUND', `No account with email ${opts.email}.`);
        const created = await createApiToken({ data, runtime: systemRuntime }, operatorActor, { accountId: account.id, name: opts.name });
        if (opts.json) return printJson(created);
        print(`${created.token}\n`);
        info(`Created API token "${created.name}" (id ${created.id}) for ${account.email}. It is shown only now: store it safely.`);
        info('Use it as: Authorization: Bearer <token>');
      });
    });
}
