/**
 * Signing in through the OIDC provider: authorization code flow with PKCE, `state` and `nonce`.
 *
 * `start` keeps the verifier, state and nonce in the store under the hash of a random value the
 * browser holds in a short-lived HttpOnly cookie, so the callback can only be completed by the
 * browser that started it (no login CSRF) and by any Trellis instance. `finish` exchanges the
 * code, requires a *verified* email claim and signs in the account with that email — accounts
 * are created by administrators; there is no self-registration.
 */
import * as client from 'openid-client';
import { TrellisError } from '../../errors.js';
import type { AuthDeps } from './deps.js';
import type { OidcClient } from './oidc-client.js';
import { newSecret, sha256Hex } from './secrets.js';
import { startSession, type StartedSession } from './start-session.js';

export const oidcLoginTtlMs = 10 * 60_000;

export interface OidcDeps extends AuthDeps {
  oidc: OidcClient;
}

export async function startOidcSignIn({ data, runtime, oidc }: OidcDeps): Promise<{ redirectTo: URL; bindingToken: string }> {
  const configuration = await reach(oidc);
  const bindingToken = newSecret(runtime);
  const codeVerifier = newSecret(runtime);
  const state = newSecret(runtime, 16);
  const nonce = newSecret(runtime, 16);
  const now = runtime.now();
  await data.oidcLogins.deleteExpired(now);
  await data.oidcLogins.insert({ id: sha256Hex(bindingToken), state, nonce, codeVerifier, expiresAt: now + oidcLoginTtlMs });
  const redirectTo = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(oidc),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { redirectTo, bindingToken };
}

export async function finishOidcSignIn(deps: OidcDeps, bindingToken: string | undefined, callbackQuery: string): Promise<StartedSession> {
  const { data, runtime, oidc } = deps;
  const pending = bindingToken ? await data.oidcLogins.take(sha256Hex(bindingToken)) : undefined;
  if (!pending || pending.expiresAt <= runtime.now()) {
    throw new TrellisError('OIDC_FAILED', 'This sign-in expired or was not started in this browser; start again.');
  }
  const configuration = await reach(oidc);
  const currentUrl = new URL(redirectUri(oidc));
  currentUrl.search = callbackQuery;
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (e) {
    throw new TrellisError('OIDC_FAILED', `${oidc.name} did not confirm the sign-in (${(e as Error).message}); start again.`);
  }
  const email = typeof claims?.email === 'string' ? claims.email : undefined;
  if (!email || claims?.email_verified !== true) {
    throw new TrellisError('FORBIDDEN', `${oidc.name} did not provide a verified email address, so Trellis cannot tell which account this is.`);
  }
  const account = await data.accounts.findByEmail(email);
  if (!account || account.disabled) {
    throw new TrellisError('FORBIDDEN', `There is no Trellis account for ${email}. Ask a Trellis administrator to create one (accounts are not created on first sign-in).`);
  }
  return startSession(deps, account, 'oidc');
}

/**
 * The callback URL in its normalised form: openid-client sends the token request's redirect_uri
 * normalised (no `:443`, no `:80`), and it must equal the one in the authorization request.
 */
function redirectUri(oidc: OidcClient): string {
  return new URL(oidc.config.redirectUrl).href;
}

async function reach(oidc: OidcClient): Promise<client.Configuration> {
  try {
    return await oidc.discover();
  } catch (e) {
    throw new TrellisError('OIDC_FAILED', `${oidc.name} cannot be reached right now (${(e as Error).message}).`);
  }
}
