import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, fakeApi, ok } from '../../test/fakeApi';
import { callbackUri, forgetPendingSocial, isAppPath, keepPendingSocial, pendingSocial, randomState, type PendingSocial } from './pending';
import { redirectToProvider } from './redirect';

afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

const entry = (extra: Partial<PendingSocial> = {}): PendingSocial => ({
  state: 's'.repeat(43),
  verificationId: 'social-1',
  connectorId: 'upstream',
  connectorName: 'Upstream',
  flow: 'sign-in',
  returnTo: '/sign-in',
  savedAt: 1_000_000,
  ...extra,
});

describe('randomState', () => {
  it('is base64url of 32 random bytes, new every time', () => {
    const states = new Set(Array.from({ length: 20 }, randomState));
    expect(states.size).toBe(20);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('callbackUri', () => {
  it('is the callback page of this origin for the connector', () => {
    expect(callbackUri('upstream', 'https://auth.example.com')).toBe('https://auth.example.com/callback/upstream');
    expect(callbackUri('a b', 'https://auth.example.com')).toBe('https://auth.example.com/callback/a%20b');
  });
});

describe('pendingSocial', () => {
  it('finds the entry kept under its state until it is forgotten', () => {
    keepPendingSocial(entry());
    expect(pendingSocial('s'.repeat(43), 1_000_000 + 60_000)).toEqual(entry());
    expect(pendingSocial('another-state-of-sixteen', 1_000_000)).toBeUndefined();
    forgetPendingSocial('s'.repeat(43));
    expect(pendingSocial('s'.repeat(43), 1_000_000)).toBeUndefined();
  });

  it('forgets an entry too old, damaged, or leading off the app', () => {
    keepPendingSocial(entry());
    expect(pendingSocial('s'.repeat(43), 1_000_000 + 31 * 60_000)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
    keepPendingSocial(entry({ returnTo: '//evil.example/' }));
    expect(pendingSocial('s'.repeat(43), 1_000_000)).toBeUndefined();
    sessionStorage.setItem(`gatehouse.social.${'s'.repeat(43)}`, '{not json');
    expect(pendingSocial('s'.repeat(43), 1_000_000)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it("keeps the account pages' action to resume after a verification, and drops a damaged one", () => {
    keepPendingSocial(entry({ flow: 'verify-account', returnTo: '/account', resume: { section: 'mfa', task: 'removeTotp' } }));
    expect(pendingSocial('s'.repeat(43), 1_000_000)).toMatchObject({ flow: 'verify-account', resume: { section: 'mfa', task: 'removeTotp' } });
    sessionStorage.setItem(`gatehouse.social.${'s'.repeat(43)}`, JSON.stringify({ ...entry({ flow: 'verify-account' }), resume: { task: 1 } }));
    expect(pendingSocial('s'.repeat(43), 1_000_000)).toMatchObject({ flow: 'verify-account', resume: undefined });
  });

  it('accepts paths of this app only', () => {
    expect(isAppPath('/register?ui_locales=fr')).toBe(true);
    expect(isAppPath('//evil.example')).toBe(false);
    expect(isAppPath('/\\evil.example')).toBe(false);
    expect(isAppPath('https://evil.example')).toBe(false);
  });
});

describe('redirectToProvider', () => {
  it('asks for the authorization URI, keeps the request under its state, then leaves', async () => {
    window.history.replaceState(null, '', '/sign-in?ui_locales=fr');
    const api = fakeApi([]);
    const navigate = vi.fn();
    const connector = { id: 'upstream', name: 'Upstream' };
    expect(await redirectToProvider(api.socialAuthorizationUri, { connector, flow: 'sign-in' }, navigate, 42)).toEqual(ok(undefined));

    const [connectorId, state, redirectUri] = vi.mocked(api.socialAuthorizationUri).mock.calls[0]!;
    expect(connectorId).toBe('upstream');
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(redirectUri).toBe(`${window.location.origin}/callback/upstream`);
    expect(pendingSocial(state, 42)).toEqual({
      state,
      verificationId: 'social-1',
      connectorId: 'upstream',
      connectorName: 'Upstream',
      flow: 'sign-in',
      returnTo: '/sign-in?ui_locales=fr',
      savedAt: 42,
    });
    expect(navigate).toHaveBeenCalledWith('https://upstream.example/authorize?client_id=gh&state=s');
  });

  it('keeps nothing and stays when the server refuses', async () => {
    const api = fakeApi([], { socialAuthorizationUri: vi.fn(async () => fail('social.connector_not_found')) });
    const navigate = vi.fn();
    const connector = { id: 'gone', name: 'Gone' };
    expect(await redirectToProvider(api.socialAuthorizationUri, { connector, flow: 'register' }, navigate)).toEqual(
      fail('social.connector_not_found'),
    );
    expect(sessionStorage.length).toBe(0);
    expect(navigate).not.toHaveBeenCalled();
  });
});
