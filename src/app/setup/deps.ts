import type { DataAccess } from '../../store/data-access.js';
import type { Runtime } from '../runtime.js';

export interface SetupDeps {
  data: DataAccess;
  runtime: Runtime;
}
