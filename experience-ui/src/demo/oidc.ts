import { decodeJwt } from '../oidc/jwt';
import { randomToken, s256 } from '../oidc/pkce';

export const DEFAULT_CLIENT_ID = 'demo';
const STORAGE_KEY = 'gatehouse.demo.request';

interface PendingRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function clientIdFrom(search: string): string {
  return new URLSearchParams(search).get('client_id') || DEFAULT_CLIENT_ID;
}

/**
 * Whether the page was opened as a login initiation by this origin's Gatehouse: `iss` must name
 * it, or any site could make the demo start sign-ins.
 */
export function initiatedByIssuer(search: string, origin: string): boolean {
  return new URLSearchParams(search).get('iss') === `${origin}/oidc`;
}

/** Builds the authorization request and remembers its secrets for the callback. */
export async function authorizationUrl(clientId: string, origin = window.location.origin) {
  const request: PendingRequest = {
    clientId,
    redirectUri: `${origin}/demo/callback`,
    state: randomToken(),
    nonce: randomToken(),
    codeVerifier: randomToken(),
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(request));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: 'openid profile email offline_access',
    state: request.state,
    nonce: request.nonce,
    code_challenge: await s256(request.codeVerifier),
    code_challenge_method: 'S256',
  });
  return `/oidc/auth?${params.toString().replace(/\+/g, '%20')}`;
}

export type CallbackResult =
  | {
      ok: true;
      header: Record<string, unknown>;
      claims: Record<string, unknown>;
      userinfo: unknown;
    }
  // `key` is a demo.error.* translation; `error`/`description` come from an OAuth error response.
  | { ok: false; key: string; error?: string; description?: string };

type Failure = Extract<CallbackResult, { ok: false }>;

function oauthError(body: unknown): Failure | undefined {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
    const description = 'error_description' in body ? String(body.error_description) : undefined;
    return { ok: false, key: 'demo.error.oauth', error: body.error, description };
  }
  return undefined;
}

async function fetchJson(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => undefined);
  return { status: response.status, body };
}

async function exchange(search: string): Promise<CallbackResult> {
  const params = new URLSearchParams(search);
  const callbackError = oauthError({
    error: params.get('error') ?? undefined,
    error_description: params.get('error_description') ?? undefined,
  });
  const stored = sessionStorage.getItem(STORAGE_KEY);
  // Single use: a replayed callback URL must not find the secrets again.
  sessionStorage.removeItem(STORAGE_KEY);
  const request = stored ? (JSON.parse(stored) as PendingRequest) : undefined;
  if (!request || params.get('state') !== request.state) return { ok: false, key: 'demo.error.state' };
  if (callbackError) return callbackError;
  const code = params.get('code');
  if (!code) return { ok: false, key: 'demo.error.noCode' };

  try {
    const token = await fetchJson('/oidc/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: request.redirectUri,
        code_verifier: request.codeVerifier,
        client_id: request.clientId,
      }),
    });
    const tokenBody = token.body as { id_token?: unknown; access_token?: unknown } | undefined;
    if (token.status !== 200) return oauthError(tokenBody) ?? { ok: false, key: 'demo.error.badResponse' };
    if (typeof tokenBody?.id_token !== 'string' || typeof tokenBody.access_token !== 'string') {
      return { ok: false, key: 'demo.error.badResponse' };
    }
    const { header, claims } = decodeJwt(tokenBody.id_token);
    if (claims.nonce !== request.nonce) return { ok: false, key: 'demo.error.nonce' };

    const me = await fetchJson('/oidc/me', {
      headers: { Authorization: `Bearer ${tokenBody.access_token}` },
    });
    if (me.status !== 200) return oauthError(me.body) ?? { ok: false, key: 'demo.error.badResponse' };
    return { ok: true, header, claims, userinfo: me.body };
  } catch {
    return { ok: false, key: 'demo.error.network' };
  }
}

// A code is single use: a re-rendered or StrictMode-doubled callback must reuse the first exchange.
const exchanges = new Map<string, Promise<CallbackResult>>();

export function completeSignIn(search: string): Promise<CallbackResult> {
  let pending = exchanges.get(search);
  if (!pending) {
    pending = exchange(search);
    exchanges.set(search, pending);
  }
  return pending;
}
