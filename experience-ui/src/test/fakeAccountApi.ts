import { vi } from 'vitest';
import type {
  Account,
  AccountApi,
  AccountApp,
  AccountIdentities,
  AccountSession,
  LinkedIdentity,
  MfaStatus,
  Verification,
} from '../account/api/accountApi';
import { keepToken } from '../account/auth/token';
import type { ApiResult } from '../api/result';
import { backupCodes, ok, totpSecret } from './fakeApi';

export { fail, ok } from './fakeApi';

/** An account with a password and a confirmed address, that may change everything. */
export function accountOf(extra: Partial<Account> = {}): Account {
  return {
    id: 'u1',
    username: 'ann',
    name: 'Ann Example',
    email: 'ann@example.com',
    emailVerified: true,
    createdAt: '2026-01-15T10:00:00Z',
    hasPassword: true,
    canChange: { name: true, locale: true, username: false, email: true, password: true, delete: true },
    ...extra,
  };
}

export const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
export const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

export const sessionsOf = (): AccountSession[] => [
  { id: 's1', createdAt: '2026-03-01T09:00:00Z', lastUsedAt: '2026-03-02T09:00:00Z', userAgent: FIREFOX_WINDOWS, ip: '192.0.2.1', current: true },
  { id: 's2', createdAt: '2026-02-01T09:00:00Z', lastUsedAt: '2026-02-20T18:30:00Z', userAgent: SAFARI_IPHONE, ip: '198.51.100.7', current: false },
  { id: 's3', createdAt: '2026-01-01T09:00:00Z', lastUsedAt: '2026-01-10T08:00:00Z', current: false },
];

export const appsOf = (): AccountApp[] => [
  {
    clientId: 'gatehouse-account',
    name: 'Gatehouse account',
    scopes: ['openid', 'profile', 'email', 'account'],
    since: '2026-01-15T10:00:00Z',
    firstParty: true,
    origins: ['http://localhost:3000'],
    current: true,
  },
  {
    clientId: 'shop',
    name: 'Shop',
    scopes: ['openid', 'email'],
    since: '2026-02-01T12:00:00Z',
    firstParty: false,
    origins: ['https://shop.example.com'],
    current: false,
  },
];

/** Two-factor allowed and not required; the account has none, and no remembered browser. */
export function mfaOf(extra: Partial<MfaStatus> = {}): MfaStatus {
  return {
    enabled: true,
    required: false,
    available: ['totp', 'emailCode'],
    factors: [],
    backupCodesRemaining: 0,
    rememberedBrowsers: [],
    ...extra,
  };
}

/** One identity that may be unlinked (the account has a password), and two providers to link from. */
export function identitiesOf(identities: LinkedIdentity[] = [identityOf()]): AccountIdentities {
  return {
    identities,
    connectors: [
      { id: 'upstream', name: 'Upstream', logoUrl: '/logos/upstream.svg' },
      { id: 'gitlab', name: 'GitLab' },
    ],
  };
}

export function identityOf(extra: Partial<LinkedIdentity> = {}): LinkedIdentity {
  return {
    id: 'id-1',
    connectorId: 'upstream',
    connectorName: 'Upstream',
    email: 'ann@upstream.example',
    name: 'Ann Upstream',
    createdAt: '2026-02-10T08:00:00Z',
    lastUsedAt: '2026-03-01T09:30:00Z',
    canUnlink: true,
    ...extra,
  };
}

export const proof = (id = 'proof-1', expiresAt = '2999-01-01T00:00:00Z'): Verification => ({ verificationId: id, expiresAt });

/** A scripted account API: every call succeeds unless overridden. */
export function fakeAccountApi(overrides: Partial<AccountApi> = {}) {
  const api = {
    getAccount: vi.fn(async () => ok(accountOf())),
    updateAccount: vi.fn(async (update: Parameters<AccountApi['updateAccount']>[0]) =>
      ok(accountOf({ name: update.name ?? 'Ann Example', locale: update.locale })),
    ),
    setUsername: vi.fn(async (username: string) => ok(accountOf({ username, canChange: { ...accountOf().canChange, username: false } }))),
    deleteAccount: vi.fn(async () => ok(undefined)),
    setPassword: vi.fn(async () => ok(undefined)),
    verifyPassword: vi.fn(async () => ok(proof())),
    sendVerificationCode: vi.fn(async () => ok(proof('code-1'))),
    verifyVerificationCode: vi.fn(async () => ok(proof('proof-code'))),
    verificationAuthorizationUri: vi.fn(async () =>
      ok({ authorizationUri: 'https://upstream.example/authorize?prompt=login&state=s', verificationId: 'verify-1' }),
    ),
    verifySocial: vi.fn(async () => ok(proof('proof-social'))),
    changeEmail: vi.fn(async () => ok(proof('change-1'))),
    sendEmailConfirmation: vi.fn(async () => ok(proof('confirm-1'))),
    verifyEmail: vi.fn(async () => ok(accountOf())),
    listSessions: vi.fn(async () => ok(sessionsOf())),
    endSession: vi.fn(async () => ok(undefined)),
    endOtherSessions: vi.fn(async () => ok(2)),
    listApps: vi.fn(async () => ok(appsOf())),
    withdrawApp: vi.fn(async () => ok(undefined)),
    getMfa: vi.fn(async () => ok(mfaOf())),
    createTotpSecret: vi.fn(async () => ok(totpSecret('secret-1'))),
    enrollTotp: vi.fn(async (): Promise<ApiResult<string[] | undefined>> => ok(backupCodes())),
    removeTotp: vi.fn(async () => ok(undefined)),
    setEmailCodeMfa: vi.fn(async () => ok(undefined)),
    regenerateBackupCodes: vi.fn(async () => ok(backupCodes())),
    forgetBrowser: vi.fn(async () => ok(undefined)),
    forgetAllBrowsers: vi.fn(async () => ok(2)),
    listIdentities: vi.fn(async () => ok(identitiesOf())),
    identityAuthorizationUri: vi.fn(async () =>
      ok({ authorizationUri: 'https://upstream.example/authorize?client_id=gh&state=s', verificationId: 'link-1' }),
    ),
    linkIdentity: vi.fn(async () => ok(identityOf({ id: 'id-2', connectorId: 'gitlab', connectorName: 'GitLab' }))),
    unlinkIdentity: vi.fn(async () => ok(undefined)),
    ...overrides,
  } satisfies AccountApi;
  return api;
}

/** A token for the tab, valid for an hour. */
export function signedIn(idToken = 'id.token.sig') {
  keepToken({ accessToken: 'access-1', idToken, expiresAt: Date.now() + 3_600_000 });
}
