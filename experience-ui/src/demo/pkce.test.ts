import { describe, expect, it } from 'vitest';
import { authorizationUrl, clientIdFrom } from './oidc';
import { randomToken, s256 } from '../oidc/pkce';

describe('PKCE', () => {
  it('S256 of the RFC 7636 appendix B verifier gives its challenge', async () => {
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('random tokens are 43 base64url characters and differ', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(a);
  });
});

describe('authorizationUrl', () => {
  it('asks for a code with PKCE S256 and remembers the secrets', async () => {
    const url = new URL(await authorizationUrl('demo', 'http://gh.test'), 'http://gh.test');
    const stored = JSON.parse(sessionStorage.getItem('gatehouse.demo.request') ?? '{}');
    expect(url.pathname).toBe('/oidc/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'demo',
      redirect_uri: 'http://gh.test/demo/callback',
      scope: 'openid profile email offline_access',
      state: stored.state,
      nonce: stored.nonce,
      code_challenge: await s256(stored.codeVerifier),
      code_challenge_method: 'S256',
    });
    expect(url.search).toContain('scope=openid%20profile%20email%20offline_access');
  });

  it('lets ?client_id= override the demo client', () => {
    expect(clientIdFrom('?client_id=other')).toBe('other');
    expect(clientIdFrom('')).toBe('demo');
  });
});
