/**
 * Every operation the client may call: the generated ones (from the OpenAPI snapshot) win, and
 * the hand-written contract fills in only what the snapshot does not describe yet.
 */
import type { PendingOperations } from './contract';
import type { Operations, Schemas } from './openapi.gen';

export type ApiOperations = Operations & Omit<PendingOperations, keyof Operations>;
export type OperationKey = keyof ApiOperations;

/** The success body of an operation. */
export type ResponseOf<K extends OperationKey> = ApiOperations[K]['response'];
export type QueryOf<K extends OperationKey> = ApiOperations[K]['query'];

export type Team = Schemas['Team'];
export type TeamDetail = Schemas['TeamDetail'];
export type Person = Schemas['Person'];
export type PersonDetail = Schemas['PersonDetail'];
export type Service = Schemas['Service'];
export type ServiceDetail = Schemas['ServiceDetail'];
export type Ref = Schemas['Ref'];
export type Account = Schemas['Account'];
export type Role = Account['roles'][number];
export type Providers = Schemas['SignInProviders'];
export type PrivateRecords = Schemas['PersonPrivate'];
export type TeamOncall = Schemas['TeamOncall'];
export type MyLoad = Schemas['MyLoad'];
export type PersonLoad = Schemas['PersonLoad'];
export type LoadFlag = Schemas['LoadFlag'];
export type WellbeingThresholds = Schemas['WellbeingThresholds'];
export type IncidentDetail = Schemas['IncidentDetail'];
export type AccessEntry = Schemas['AccessLogItem'];
export type AuditEntry = Schemas['AuditItem'];
