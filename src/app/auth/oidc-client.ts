/**
 * The OpenID Connect provider, as openid-client 6 sees it. Discovery runs on first use and is
 * cached; a failed discovery is forgotten so the next sign-in tries again (the provider may
 * simply have been down when Trellis started).
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';

export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly config: OidcConfig) {}

  get name(): string {
    return this.config.name;
  }

  discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.config.issuer), this.config.clientId, this.config.clientSecret, undefined, {
        // config.ts accepts plain http for loopback issuers only (a local test provider).
        execute: new URL(this.config.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((e: unknown) => {
        this.configuration = undefined;
        throw e;
      });
    return this.configuration;
  }
}
