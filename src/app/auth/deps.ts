/** What the sign-in, session and token use cases need: the data access and the runtime (clock, randomness). */
import type { DataAccess } from '../../store/data-access.js';
import type { Runtime } from '../runtime.js';

export interface AuthDeps {
  data: DataAccess;
  runtime: Runtime;
}
