/**
 * The account pages' tokens, kept for this tab only (sessionStorage): closing the tab forgets
 * them, and there is no refresh token: an expired access token means signing in again, which
 * the server's session usually makes silent.
 */
export interface StoredToken {
  accessToken: string;
  /** For `id_token_hint` at sign-out, so that the server signs out without asking. */
  idToken?: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const TOKEN_KEY = 'gatehouse.account.token';
/** A token this close to its expiry is not used: a call would fail halfway through a form. */
const MARGIN_MS = 30_000;

function parse(raw: string | null): StoredToken | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<StoredToken>;
    if (typeof value.accessToken !== 'string' || typeof value.expiresAt !== 'number') return undefined;
    return {
      accessToken: value.accessToken,
      idToken: typeof value.idToken === 'string' ? value.idToken : undefined,
      expiresAt: value.expiresAt,
    };
  } catch {
    return undefined;
  }
}

/** The stored token, if there is one that has not expired. */
export function currentToken(now = Date.now()): StoredToken | undefined {
  const token = parse(sessionStorage.getItem(TOKEN_KEY));
  return token && token.expiresAt - MARGIN_MS > now ? token : undefined;
}

/** The stored token even if expired: its ID token still names the user at sign-out. */
export function storedToken(): StoredToken | undefined {
  return parse(sessionStorage.getItem(TOKEN_KEY));
}

export function keepToken(token: StoredToken) {
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(token));
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}
