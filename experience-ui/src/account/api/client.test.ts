import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepToken } from '../auth/token';
import { accountApi } from './client';

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    }),
  );
}

function sent(fetch: ReturnType<typeof answer>): Request {
  return fetch.mock.calls[0]![0] as Request;
}

afterEach(() => sessionStorage.clear());

describe('accountApi', () => {
  it("sends the tab's access token", async () => {
    keepToken({ accessToken: 'at-1', expiresAt: Date.now() + 600_000 });
    const fetch = answer(200, []);
    expect(await accountApi.listSessions()).toEqual({ ok: true, data: [] });
    expect(sent(fetch).url).toMatch(/\/api\/my-account\/sessions$/);
    expect(sent(fetch).headers.get('Authorization')).toBe('Bearer at-1');
  });

  it('sends the proof of a sensitive action in Gatehouse-Verification-Id', async () => {
    keepToken({ accessToken: 'at-1', expiresAt: Date.now() + 600_000 });
    const fetch = answer(204);
    expect(await accountApi.setPassword('A-new-password-9', 'proof-1')).toEqual({ ok: true, data: undefined });
    expect(sent(fetch).method).toBe('PUT');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBe('proof-1');
    expect(await sent(fetch).json()).toEqual({ password: 'A-new-password-9' });
  });

  it('resolves a refusal to its code and rules, never its message', async () => {
    answer(400, { code: 'user.weak_password', message: 'too short', details: { rules: ['password.too_short'], policy: {} } });
    expect(await accountApi.setPassword('short', 'proof-1')).toEqual({
      ok: false,
      code: 'user.weak_password',
      rules: ['password.too_short'],
    });
  });

  it('addresses a session and an application by id', async () => {
    const fetch = answer(204);
    await accountApi.endSession('s/2');
    await accountApi.withdrawApp('shop');
    expect(new URL((fetch.mock.calls[0]![0] as Request).url).pathname).toBe('/api/my-account/sessions/s%2F2');
    expect(new URL((fetch.mock.calls[1]![0] as Request).url).pathname).toBe('/api/my-account/apps/shop');
  });

  it('resolves to how many sessions were ended', async () => {
    answer(200, { ended: 3 });
    expect(await accountApi.endOtherSessions()).toEqual({ ok: true, data: 3 });
  });

  it('sends the new app\'s first code with its secret\'s verification, and the proof in the header', async () => {
    const fetch = answer(200, { backupCodes: ['a', 'b'] });
    expect(await accountApi.enrollTotp('secret-1', '123456', 'proof-1')).toEqual({ ok: true, data: ['a', 'b'] });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/mfa/totp');
    expect(sent(fetch).method).toBe('POST');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBe('proof-1');
    expect(await sent(fetch).json()).toEqual({ verificationId: 'secret-1', code: '123456' });
  });

  it('resolves to no backup codes when the account already had some', async () => {
    answer(200, {});
    expect(await accountApi.enrollTotp('secret-1', '123456', 'proof-1')).toEqual({ ok: true, data: undefined });
  });

  it('forgets a remembered browser by id, and all of them', async () => {
    const fetch = answer(204);
    await accountApi.forgetBrowser('b/1');
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/mfa/remembered-browsers/b%2F1');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBeNull();
    answer(200, { ended: 2 });
    expect(await accountApi.forgetAllBrowsers()).toEqual({ ok: true, data: 2 });
  });

  it('links an identity with the callback query in the body and the proof in the header', async () => {
    const fetch = answer(200, { id: 'id-2', connectorId: 'gl', connectorName: 'GitLab', createdAt: '2026-03-01T09:00:00Z', canUnlink: true });
    const result = await accountApi.linkIdentity('gl', 'link-1', { code: 'c', state: 's' }, 'proof-1');
    expect(result).toMatchObject({ ok: true, data: { id: 'id-2' } });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/identities');
    expect(sent(fetch).method).toBe('POST');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBe('proof-1');
    expect(await sent(fetch).json()).toEqual({ connectorId: 'gl', verificationId: 'link-1', connectorData: { code: 'c', state: 's' } });
  });

  it('unlinks an identity by id, with the proof', async () => {
    const fetch = answer(204);
    expect(await accountApi.unlinkIdentity('id/1', 'proof-1')).toEqual({ ok: true, data: undefined });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/identities/id%2F1');
    expect(sent(fetch).method).toBe('DELETE');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBe('proof-1');
  });

  it('asks where to link an identity from, by connector', async () => {
    const fetch = answer(200, { authorizationUri: 'https://gl.example/authorize', verificationId: 'link-1' });
    expect(await accountApi.identityAuthorizationUri('gl', 'state-of-sixteen-chars', 'https://auth.example/callback/gl')).toEqual({
      ok: true,
      data: { authorizationUri: 'https://gl.example/authorize', verificationId: 'link-1' },
    });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/identities/social/gl/authorization-uri');
    expect(await sent(fetch).json()).toEqual({ state: 'state-of-sixteen-chars', redirectUri: 'https://auth.example/callback/gl' });
  });

  it('asks where to prove identity at a linked provider from, by connector', async () => {
    const fetch = answer(200, { authorizationUri: 'https://gl.example/authorize?prompt=login', verificationId: 'verify-1' });
    expect(await accountApi.verificationAuthorizationUri('g/l', 'state-of-sixteen-chars', 'https://auth.example/callback/g%2Fl')).toEqual({
      ok: true,
      data: { authorizationUri: 'https://gl.example/authorize?prompt=login', verificationId: 'verify-1' },
    });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/verifications/social/g%2Fl/authorization-uri');
    expect(sent(fetch).method).toBe('POST');
    expect(await sent(fetch).json()).toEqual({ state: 'state-of-sixteen-chars', redirectUri: 'https://auth.example/callback/g%2Fl' });
  });

  it("proves identity with the provider's answer: a verification like the password's", async () => {
    const fetch = answer(200, { verificationId: 'proof-9', expiresAt: '2026-03-01T09:10:00Z' });
    expect(await accountApi.verifySocial('gl', 'verify-1', { code: 'c', state: 's' })).toEqual({
      ok: true,
      data: { verificationId: 'proof-9', expiresAt: '2026-03-01T09:10:00Z' },
    });
    expect(new URL(sent(fetch).url).pathname).toBe('/api/my-account/verifications/social');
    expect(sent(fetch).method).toBe('POST');
    expect(sent(fetch).headers.get('Gatehouse-Verification-Id')).toBeNull();
    expect(await sent(fetch).json()).toEqual({ connectorId: 'gl', verificationId: 'verify-1', connectorData: { code: 'c', state: 's' } });
  });
});
