import { decodeJwt } from '../../oidc/jwt';
import { randomToken, s256 } from '../../oidc/pkce';
import { forgetToken, keepToken, storedToken } from './token';
import { restoreReturnTo } from './returnTo';

/** The account pages are a public client of their own server (code flow, PKCE S256). */
export const ACCOUNT_CLIENT_ID = 'gatehouse-account';
export const ACCOUNT_SCOPE = 'openid profile email account';
export const ACCOUNT_PATH = '/account';
export const CALLBACK_PATH = '/account/callback';

const PENDING_KEY = 'gatehouse.account.signIn';
const SIGNED_OUT_KEY = 'gatehouse.account.signedOut';
/** The token's lifetime when the token response does not say (it always should: `expires_in`). */
const DEFAULT_LIFETIME_S = 300;

interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo?: string;
}

export const redirectUri = (origin: string) => `${origin}${CALLBACK_PATH}`;

/** Builds the authorization request and remembers its secrets (and `returnTo`) for the callback. */
export async function signInUrl(returnTo?: string, origin = window.location.origin, uiLocales?: string) {
  const pending: PendingSignIn = { state: randomToken(), nonce: randomToken(), codeVerifier: randomToken(), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: ACCOUNT_CLIENT_ID,
    redirect_uri: redirectUri(origin),
    scope: ACCOUNT_SCOPE,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  if (uiLocales) params.set('ui_locales', uiLocales);
  return `/oidc/auth?${params.toString().replace(/\+/g, '%20')}`;
}

/**
 * What the callback came to. `reason` names an `account.callback.*` translation; `error` is the
 * OAuth error code the server answered, if any (its description is never shown).
 */
export type CallbackResult =
  | { ok: true }
  | { ok: false; reason: 'state' | 'nonce' | 'noCode' | 'network' | 'badResponse' | 'oauth'; error?: string };

type Failure = Extract<CallbackResult, { ok: false }>;

function oauthError(body: unknown): Failure | undefined {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
    return { ok: false, reason: 'oauth', error: body.error };
  }
  return undefined;
}

function takePending(): PendingSignIn | undefined {
  const stored = sessionStorage.getItem(PENDING_KEY);
  // Single use: a replayed callback URL must not find the secrets again.
  sessionStorage.removeItem(PENDING_KEY);
  try {
    return stored ? (JSON.parse(stored) as PendingSignIn) : undefined;
  } catch {
    return undefined;
  }
}

interface TokenResponse {
  access_token?: unknown;
  id_token?: unknown;
  expires_in?: unknown;
}

async function exchange(search: string, origin: string, now: () => number): Promise<CallbackResult> {
  const params = new URLSearchParams(search);
  const pending = takePending();
  if (!pending || !params.get('state') || params.get('state') !== pending.state) return { ok: false, reason: 'state' };
  // The sign-in carried this return address: it outlives the round trip even when it failed.
  restoreReturnTo(pending.returnTo);
  const callbackError = oauthError({ error: params.get('error') ?? undefined });
  if (callbackError) return callbackError;
  const code = params.get('code');
  if (!code) return { ok: false, reason: 'noCode' };

  try {
    const response = await fetch('/oidc/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri(origin),
        client_id: ACCOUNT_CLIENT_ID,
        code_verifier: pending.codeVerifier,
      }),
    });
    const body = (await response.json().catch(() => undefined)) as TokenResponse | undefined;
    if (response.status !== 200) return oauthError(body) ?? { ok: false, reason: 'badResponse' };
    if (typeof body?.access_token !== 'string' || typeof body.id_token !== 'string') {
      return { ok: false, reason: 'badResponse' };
    }
    if (decodeJwt(body.id_token).claims.nonce !== pending.nonce) return { ok: false, reason: 'nonce' };
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_LIFETIME_S;
    keepToken({ accessToken: body.access_token, idToken: body.id_token, expiresAt: now() + lifetime * 1000 });
    return { ok: true };
  } catch {
    return { ok: false, reason: 'network' };
  }
}

// A code is single use: a re-rendered or StrictMode-doubled callback must reuse the first exchange.
const exchanges = new Map<string, Promise<CallbackResult>>();

/** Checks the callback's `state`, trades the code for tokens and keeps them for the tab. */
export function completeSignIn(search: string, origin = window.location.origin, now = Date.now): Promise<CallbackResult> {
  let pending = exchanges.get(search);
  if (!pending) {
    pending = exchange(search, origin, now);
    exchanges.set(search, pending);
  }
  return pending;
}

/**
 * Forgets the tokens and gives the RP-initiated logout address. The ID token as
 * `id_token_hint` lets the server end its session without asking; it comes back to the
 * account page, which then says the user is signed out.
 */
export function signOutUrl(origin = window.location.origin): string {
  const idToken = storedToken()?.idToken;
  forgetToken();
  sessionStorage.setItem(SIGNED_OUT_KEY, '1');
  const params = new URLSearchParams({ client_id: ACCOUNT_CLIENT_ID, post_logout_redirect_uri: `${origin}${ACCOUNT_PATH}` });
  if (idToken) params.set('id_token_hint', idToken);
  return `/oidc/session/end?${params.toString()}`;
}

/** Whether the user just signed out here (once: the next visit signs in again). */
export function justSignedOut(): boolean {
  return sessionStorage.getItem(SIGNED_OUT_KEY) === '1';
}

export function clearSignedOut() {
  sessionStorage.removeItem(SIGNED_OUT_KEY);
}
