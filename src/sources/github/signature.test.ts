import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureBytes } from '../../../test/webhook-fixtures.js';
import { verifyPagerDutySignature } from '../pagerduty/signature.js';
import { constantTimeEqual, hmacSha256Hex, verifyGithubSignature } from './signature.js';

const gh = fixture<{ secret: string; payload: string; x_hub_signature_256: string }>('github/webhook-signature-test-vector.json');
const pd = fixture<{ secret: string; x_pagerduty_signature_valid: string; x_pagerduty_signature_mismatch: string }>('pagerduty/go-pagerduty-signature-vector/vector.json');
const pdBody = fixtureBytes('pagerduty/go-pagerduty-signature-vector/body.json');

describe('GitHub X-Hub-Signature-256', () => {
  it('verifies the published test vector (docs.github.com)', () => {
    expect(verifyGithubSignature(gh.secret, Buffer.from(gh.payload), gh.x_hub_signature_256)).toBe(true);
  });

  it('fails on a flipped byte of the body or of the signature, a wrong secret, a missing or malformed header', () => {
    expect(verifyGithubSignature(gh.secret, Buffer.from('Hello, World?'), gh.x_hub_signature_256)).toBe(false);
    const sig = gh.x_hub_signature_256;
    expect(verifyGithubSignature(gh.secret, Buffer.from(gh.payload), `${sig.slice(0, -1)}${sig.endsWith('e') ? 'f' : 'e'}`)).toBe(false);
    expect(verifyGithubSignature('another secret', Buffer.from(gh.payload), sig)).toBe(false);
    expect(verifyGithubSignature(gh.secret, Buffer.from(gh.payload), undefined)).toBe(false);
    expect(verifyGithubSignature(gh.secret, Buffer.from(gh.payload), sig.replace('sha256=', 'sha1='))).toBe(false);
    expect(verifyGithubSignature(gh.secret, Buffer.from(gh.payload), 'sha256=')).toBe(false);
  });
});

describe('PagerDuty X-PagerDuty-Signature', () => {
  it('verifies the go-pagerduty test vector over the exact body bytes', () => {
    expect(verifyPagerDutySignature(pd.secret, pdBody, pd.x_pagerduty_signature_valid)).toBe(true);
    expect(verifyPagerDutySignature(pd.secret, pdBody, pd.x_pagerduty_signature_mismatch)).toBe(false);
  });

  it('accepts any matching v1 signature of a comma-separated list (secret rotation)', () => {
    expect(verifyPagerDutySignature(pd.secret, pdBody, `${pd.x_pagerduty_signature_mismatch},${pd.x_pagerduty_signature_valid}`)).toBe(true);
    expect(verifyPagerDutySignature(pd.secret, pdBody, `${pd.x_pagerduty_signature_mismatch}, v1=abc`)).toBe(false);
  });

  it('fails on a flipped body byte, a missing header, or another scheme', () => {
    const flipped = Buffer.from(pdBody);
    flipped[10] = flipped[10]! ^ 1;
    expect(verifyPagerDutySignature(pd.secret, flipped, pd.x_pagerduty_signature_valid)).toBe(false);
    expect(verifyPagerDutySignature(pd.secret, pdBody, undefined)).toBe(false);
    expect(verifyPagerDutySignature(pd.secret, pdBody, pd.x_pagerduty_signature_valid.replace('v1=', 'v0='))).toBe(false);
  });
});

describe('constant-time comparison', () => {
  it('compares strings of different lengths without throwing', () => {
    expect(constantTimeEqual('a', 'abc')).toBe(false);
    expect(constantTimeEqual('', 'x'.repeat(1000))).toBe(false);
    expect(constantTimeEqual('same', 'same')).toBe(true);
  });

  it('property: any body signed with the secret verifies; any single-byte change does not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 512 }), fc.string({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, secret, at, delta) => {
        const body = Buffer.from(bytes);
        const header = `sha256=${hmacSha256Hex(secret, body)}`;
        expect(verifyGithubSignature(secret, body, header)).toBe(true);
        expect(verifyPagerDutySignature(secret, body, `v1=${hmacSha256Hex(secret, body)}`)).toBe(true);
        const changed = Buffer.from(body);
        const i = at % changed.length;
        changed[i] = (changed[i]! + delta) % 256;
        expect(verifyGithubSignature(secret, changed, header)).toBe(false);
        expect(verifyPagerDutySignature(secret, changed, `v1=${hmacSha256Hex(secret, body)}`)).toBe(false);
      }),
    );
  });
});
