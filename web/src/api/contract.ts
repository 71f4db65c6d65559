/**
 * Operations the web app needs before the server's OpenAPI document describes them: when a page
 * is built alongside its API, write the agreed shape here as
 * `'METHOD /api/path': { params; query; body; response }`, add the key to
 * `pendingOperationKeys`, and build against it. `ApiOperations` (operations.ts) prefers the
 * generated type for any key the snapshot has, so once the route lands and
 * `npm run openapi:snapshot` is re-run, the generated types take over;
 * test/web-api-snapshot.test.ts then asks for the stale entry here to be deleted.
 *
 * Empty now: sign-in, private records and the audit log, first built this way, have landed.
 */
export interface PendingOperations {}

/** The keys above as a value, so a test can tell which of them the snapshot now describes. */
export const pendingOperationKeys = [] as const satisfies readonly (keyof PendingOperations)[];

// Fails to compile when an entry of PendingOperations is missing from the list above.
type Missing = Exclude<keyof PendingOperations, (typeof pendingOperationKeys)[number]>;
const listsEveryKey: [Missing] extends [never] ? true : Missing = true;
void listsEveryKey;
