/**
 * A small OpenID Connect provider for tests, on 127.0.0.1: discovery document, JWKS, an
 * authorization endpoint that signs in `nextUser` at once and redirects back with a code, and a
 * token endpoint that checks the client secret and PKCE and returns an ID token signed (RS256)
 * with `jose`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface StubUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
}

export interface OidcStub {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who "signs in" at the next authorization request. */
  nextUser: StubUser;
  close(): Promise<void>;
}

interface Grant {
  user: StubUser;
  nonce: string | undefined;
  challenge: string | undefined;
  redirectUri: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

export async function startOidcStub(): Promise<OidcStub> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const stub = { clientId: 'trellis-test', clientSecret: 'stub-secret', nextUser: { sub: 'u1' } as StubUser, issuer: '' };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', stub.issuer);
      const path = url.pathname.replace(/^\/idp/, '');
      if (path === '/.well-known/openid-configuration') {
        return json(res, 200, {
          issuer: stub.issuer,
          authorization_endpoint: `${stub.issuer}/authorize`,
          token_endpoint: `${stub.issuer}/token`,
          jwks_uri: `${stub.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        });
      }
      if (path === '/jwks') return json(res, 200, { keys: [jwk] });
      if (path === '/authorize') {
        const code = randomBytes(16).toString('hex');
        const redirectUri = url.searchParams.get('redirect_uri') ?? '';
        grants.set(code, { user: stub.nextUser, nonce: url.searchParams.get('nonce') ?? undefined, challenge: url.searchParams.get('code_challenge') ?? undefined, redirectUri });
        const back = new URL(redirectUri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      if (path === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(await readBody(req));
        const basic = req.headers.authorization?.startsWith('Basic ') ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString().split(':').map(decodeURIComponent) : [];
        const [clientId, secret] = basic.length === 2 ? basic : [form.get('client_id'), form.get('client_secret')];
        if (clientId !== stub.clientId || secret !== stub.clientSecret) return json(res, 401, { error: 'invalid_client' });
        const grant = grants.get(form.get('code') ?? '');
        grants.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (!grant || grant.redirectUri !== form.get('redirect_uri') || grant.challenge !== challenge) return json(res, 400, { error: 'invalid_grant' });
        const idToken = await new SignJWT({ ...grant.user, ...(grant.nonce ? { nonce: grant.nonce } : {}) })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
          .setIssuer(stub.issuer)
          .setAudience(stub.clientId)
          .setSubject(grant.user.sub)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        return json(res, 200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      }
      json(res, 404, { error: 'not_found' });
    })().catch((e: unknown) => json(res, 500, { error: String(e) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/idp`;
  return Object.assign(stub, {
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  });
}
