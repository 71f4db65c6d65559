/** What the sign-in, session and token use cases need: the data access and the runtime (clock, randomness). */
import type { DataAccess } from '../../store/data-access.js';
import type { Runtime } from '../runtime.js';
import type { ReportingLineCache } from './reporting-line-cache.js';
import type { SessionCache } from './session-cache.js';

export interface AuthDeps {
  data: DataAccess;
  runtime: Runtime;
  /** The HTTP server's per-process reporting lines, reused while the data version stands still. */
  reportingLines?: ReportingLineCache | undefined;
  /** The HTTP server's per-process resolved sessions and API tokens (see session-cache.ts); absent: always read. */
  sessionCache?: SessionCache | undefined;
}
