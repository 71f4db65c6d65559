/**
 * Every route declares who may call it, in its options: `config: { access }`.
 *
 * - `'public'`: no sign-in (health, the OpenAPI document, sign-in itself, the provider list);
 * - `'signed-in'`: any signed-in account, no policy resource (who am I, sign out);
 * - `{ resource, action }`: signed in, and the use case behind the route asks the policy about
 *   that resource (with its subject, which only the use case knows).
 *
 * The `onRoute` hook refuses to register an /api route without a declaration, and keeps the
 * inventory that access.test.ts checks against every route Fastify knows. Routes outside /api
 * are the web app's static shell (index.html, hashed assets: no data — data comes only from
 * /api), public by this one rule, since @fastify/static's file routes cannot carry a declaration.
 */
import type { Action, ResourceType } from '../core/access/resources.js';
import type { AccountActor } from '../core/access/actor.js';
import type { Resource } from '../core/access/resources.js';
import type { Account } from '../store/account-repository.js';
import type { ZodApp } from './types.js';

export type RouteAccess =
  | 'public'
  | 'signed-in'
  | {
      resource: ResourceType;
      action: Action;
      /**
       * The person the resource belongs to, when the URL names a record rather than the person
       * (`/api/challenges/:id`), so that a write is authorised before its body is read
       * (request-guards.ts). Undefined when the record does not exist (the use case answers 404).
       */
      subject?: (params: Record<string, string>) => Promise<string | undefined>;
      /**
       * The exact resource the URL names, for resources whose rule needs more than a person (a
       * workshop round's raters): the early check then asks the policy about exactly it.
       * Undefined when the record does not exist (the use case answers 404).
       */
      resourceOf?: (params: Record<string, string>, actor: AccountActor) => Promise<Resource | undefined>;
    };

/** How the request proved who it is. */
export type RequestAuth =
  | { via: 'session'; actor: AccountActor; account: Account; session: { id: string; csrfToken: string; expiresAt: number } }
  | { via: 'token'; actor: AccountActor; account: Account; tokenId: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Set by the authentication hook on routes that are not public; null otherwise. */
    auth: RequestAuth | null;
  }
  interface FastifyInstance {
    /** `METHOD /path` → the declared access, for every route registered. */
    accessInventory: Map<string, RouteAccess | undefined>;
  }
}

export function installAccessInventory(app: ZodApp): void {
  const inventory = new Map<string, RouteAccess | undefined>();
  app.decorate('accessInventory', inventory);
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (access === undefined && isApi(route.url)) {
      throw new Error(`${methods.join(',')} ${route.url} declares no access rule (config.access): every /api route must say who may call it.`);
    }
    for (const m of methods) inventory.set(`${m} ${route.url}`, access ?? webAppAccess);
  });
}

/** The web app's static files, outside /api. */
const webAppAccess: RouteAccess = 'public';

const isApi = (url: string): boolean => url === '/api' || url.startsWith('/api/');

/** The access rule of the matched route; undefined when no route matched (the 404 handler answers). */
export function accessOf(url: string | undefined, declared: RouteAccess | undefined): RouteAccess | undefined {
  if (url === undefined) return undefined;
  return declared ?? (isApi(url) ? undefined : webAppAccess);
}
