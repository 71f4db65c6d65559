/**
 * The records behind a delivery figure as a reader recognises them: when it happened (with the
 * zone named), a short commit sha instead of 40 characters, an incident's title, and a link out to
 * the record at its source (commit, pull request, deployment, incident) where the record has one.
 */
import type { ReactNode } from 'react';
import { formatTime } from '../../format';
import type { EventDetails } from './useEventPages';

/** A commit sha shortened as git does (7 characters); any other id as it is. */
export function shortId(id: string): string {
  return /^[0-9a-f]{12,64}$/i.test(id) ? id.slice(0, 7) : id;
}

/** A link that opens the record where it lives, or the plain text when it has no address. */
export function SourceLink({ url, children, title }: { url: string | undefined; children: ReactNode; title?: string }) {
  if (!url || !/^https?:\/\//i.test(url)) return <span title={title}>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
      <span className="visually-hidden"> (opens at its source)</span>
    </a>
  );
}

export interface RefContext {
  details: EventDetails;
  timeZone: string;
}

export function DeploymentRef({ id, ctx }: { id: string | null | undefined; ctx: RefContext }) {
  if (!id) return <>—</>;
  const d = ctx.details.deployments[id];
  return (
    <SourceLink url={d?.url} title={id}>
      <code>{shortId(id)}</code>
    </SourceLink>
  );
}

export function ChangeRef({ id, ctx }: { id: string | null | undefined; ctx: RefContext }) {
  if (!id) return <>—</>;
  const c = ctx.details.changes[id];
  return (
    <SourceLink url={c?.url} title={id}>
      <code>{shortId(id)}</code>
    </SourceLink>
  );
}

export function IncidentRef({ id, ctx }: { id: string; ctx: RefContext }) {
  const i = ctx.details.incidents[id];
  return (
    <SourceLink url={i?.url} title={id}>
      {i?.title ? `“${i.title}”` : <code>{shortId(id)}</code>}
    </SourceLink>
  );
}

export const deployedAt = (id: string | null | undefined, ctx: RefContext): string => formatTime(id ? ctx.details.deployments[id]?.finishedAt : undefined, ctx.timeZone);
export const committedAt = (id: string | null | undefined, ctx: RefContext): string => formatTime(id ? ctx.details.changes[id]?.committedAt : undefined, ctx.timeZone);
export const commitOf = (id: string | null | undefined, ctx: RefContext): string | undefined => (id ? ctx.details.deployments[id]?.commit : undefined);

type Tagged = { type: string; [key: string]: unknown };
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Why a deployment failed, counts as rework, or recovered, in words with its records linked:
 * "incident “Card payments time out” (12 Mar 2024, 11:30 CET)", "rolled back by d-812".
 */
export function CauseText({ cause, ctx }: { cause: Tagged; ctx: RefContext }) {
  const incident = str(cause.incident);
  const deployment = str(cause.deployment) ?? str(cause.by);
  switch (cause.type) {
    case 'incident':
      return incident ? (
        <>
          incident <IncidentRef id={incident} ctx={ctx} /> ({formatTime(ctx.details.incidents[incident]?.startedAt, ctx.timeZone)})
        </>
      ) : (
        <>incident</>
      );
    case 'incidents-resolved':
      return incident ? (
        <>
          its last incident resolved: <IncidentRef id={incident} ctx={ctx} />
        </>
      ) : (
        <>its incidents resolved</>
      );
    case 'remediation':
      return incident ? (
        <>
          remediates incident <IncidentRef id={incident} ctx={ctx} />
        </>
      ) : (
        <>
          remediation <DeploymentRef id={deployment} ctx={ctx} /> ({deployedAt(deployment, ctx)})
        </>
      );
    case 'rollback':
      if ('of' in cause) {
        const of = str(cause.of);
        return of ? (
          <>
            rolls back <DeploymentRef id={of} ctx={ctx} />
          </>
        ) : (
          <>rolls back to an earlier commit</>
        );
      }
      return (
        <>
          rolled back by <DeploymentRef id={deployment} ctx={ctx} /> ({deployedAt(deployment, ctx)})
        </>
      );
    case 'revert': {
      const revert = str(cause.revert);
      const change = str(cause.change) ?? str(cause.of);
      if (str(cause.by) || (str(cause.deployment) && !revert)) {
        return revert ? (
          <>
            change <ChangeRef id={change} ctx={ctx} /> reverted by <ChangeRef id={revert} ctx={ctx} />, shipped in <DeploymentRef id={deployment} ctx={ctx} />
          </>
        ) : (
          <>
            revert shipped in <DeploymentRef id={deployment} ctx={ctx} /> ({deployedAt(deployment, ctx)})
          </>
        );
      }
      return (
        <>
          ships revert <ChangeRef id={revert} ctx={ctx} /> of <ChangeRef id={change} ctx={ctx} />
        </>
      );
    }
    default:
      return <>{cause.type}</>;
  }
}

export function Causes({ causes, ctx }: { causes: Tagged[] | undefined; ctx: RefContext }) {
  if (!causes || causes.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {causes.map((c, i) => (
        <li key={i}>
          <CauseText cause={c} ctx={ctx} />
        </li>
      ))}
    </ul>
  );
}
