import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64url, s256 } from '../../oidc/pkce';
import { completeSignIn, justSignedOut, signInUrl, signOutUrl } from './oidc';
import { rememberReturnTo } from './returnTo';
import { currentToken, keepToken, storedToken } from './token';

const ORIGIN = 'http://gh.test';

function jwt(claims: Record<string, unknown>) {
  const part = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}.sig`;
}

/** Starts a sign-in; what the authorization request carried. */
async function start(returnTo?: string) {
  const url = new URL(await signInUrl(returnTo, ORIGIN, 'fr'), ORIGIN);
  return Object.fromEntries(url.searchParams);
}

function tokenResponse(body: unknown, status = 200) {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

afterEach(() => sessionStorage.clear());

describe('signInUrl', () => {
  it('asks for a code with PKCE S256 as gatehouse-account, with the account scope', async () => {
    const params = await start();
    const pending = JSON.parse(sessionStorage.getItem('gatehouse.account.signIn') ?? '{}');
    expect(params).toEqual({
      response_type: 'code',
      client_id: 'gatehouse-account',
      redirect_uri: 'http://gh.test/account/callback',
      scope: 'openid profile email account',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await s256(pending.codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: 'fr',
    });
  });
});

describe('completeSignIn', () => {
  it('refuses a callback whose state is not the one this tab sent, without redeeming the code', async () => {
    await start();
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(await completeSignIn('?code=c1&state=forged', ORIGIN)).toEqual({ ok: false, reason: 'state' });
    expect(fetch).not.toHaveBeenCalled();
    expect(currentToken()).toBeUndefined();
  });

  it('refuses a callback when no sign-in was started here', async () => {
    expect(await completeSignIn('?code=c1&state=s1', ORIGIN)).toEqual({ ok: false, reason: 'state' });
  });

  it('redeems the code with the verifier and keeps the tokens for the tab', async () => {
    const { state, nonce } = await start('https://shop.example.com/orders');
    const pending = JSON.parse(sessionStorage.getItem('gatehouse.account.signIn') ?? '{}');
    const idToken = jwt({ sub: 'u1', nonce });
    const fetch = tokenResponse({ access_token: 'at-1', id_token: idToken, token_type: 'Bearer', expires_in: 600 });

    expect(await completeSignIn(`?code=c1&state=${state}`, ORIGIN, () => 1_000)).toEqual({ ok: true });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/oidc/token');
    expect(Object.fromEntries(init?.body as URLSearchParams)).toEqual({
      grant_type: 'authorization_code',
      code: 'c1',
      redirect_uri: 'http://gh.test/account/callback',
      client_id: 'gatehouse-account',
      code_verifier: pending.codeVerifier,
    });
    expect(storedToken()).toEqual({ accessToken: 'at-1', idToken, expiresAt: 601_000 });
    // The secrets are single use; the return address survived the round trip.
    expect(sessionStorage.getItem('gatehouse.account.signIn')).toBeNull();
    expect(rememberReturnTo('')).toBe('https://shop.example.com/orders');
  });

  it('refuses an ID token issued for another sign-in', async () => {
    const { state } = await start();
    tokenResponse({ access_token: 'at-1', id_token: jwt({ sub: 'u1', nonce: 'other' }), expires_in: 600 });
    expect(await completeSignIn(`?code=c2&state=${state}`, ORIGIN)).toEqual({ ok: false, reason: 'nonce' });
    expect(storedToken()).toBeUndefined();
  });

  it("reports the server's refusal of the code", async () => {
    const { state } = await start();
    tokenResponse({ error: 'invalid_grant', error_description: 'used' }, 400);
    expect(await completeSignIn(`?code=c3&state=${state}`, ORIGIN)).toEqual({ ok: false, reason: 'oauth', error: 'invalid_grant' });
  });

  it('reports an error the authorization endpoint sent back, such as access_denied', async () => {
    const { state } = await start();
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(await completeSignIn(`?error=access_denied&state=${state}`, ORIGIN)).toEqual({
      ok: false,
      reason: 'oauth',
      error: 'access_denied',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('signOutUrl', () => {
  it('forgets the tokens and ends the session with the ID token as hint', () => {
    keepToken({ accessToken: 'at', idToken: 'id-1', expiresAt: Date.now() + 60_000 });
    const url = new URL(signOutUrl(ORIGIN), ORIGIN);
    expect(url.pathname).toBe('/oidc/session/end');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'gatehouse-account',
      post_logout_redirect_uri: 'http://gh.test/account',
      id_token_hint: 'id-1',
    });
    expect(storedToken()).toBeUndefined();
    expect(justSignedOut()).toBe(true);
  });
});

describe('currentToken', () => {
  it('does not use a token about to expire', () => {
    keepToken({ accessToken: 'at', expiresAt: 100_000 });
    expect(currentToken(0)?.accessToken).toBe('at');
    expect(currentToken(90_000)).toBeUndefined();
  });
});
