/**
 * `?return_to=<url>`: where the "Back to <app>" link leads. It is shown only when the URL's
 * origin belongs to one of the applications with access to the account (their `origins`), so
 * the page never links anywhere a stranger chose (an open redirect).
 */
const RETURN_TO_KEY = 'gatehouse.account.returnTo';

export interface AppOrigins {
  name: string;
  origins: string[];
}

export interface BackLink {
  url: string;
  appName: string;
}

/** The link back, if `returnTo` is an http(s) URL at the origin of one of `apps`. */
export function backLink(returnTo: string | undefined, apps: readonly AppOrigins[]): BackLink | undefined {
  if (!returnTo) return undefined;
  let url: URL;
  try {
    url = new URL(returnTo);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const app = apps.find((a) => a.origins.some((origin) => sameOrigin(origin, url.origin)));
  return app ? { url: url.href, appName: app.name } : undefined;
}

function sameOrigin(declared: string, origin: string): boolean {
  try {
    return new URL(declared).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The `return_to` of the page's address, remembered for the tab so that it survives the
 * sign-in round trip; without one in the address, the remembered one.
 */
export function rememberReturnTo(search: string = window.location.search): string | undefined {
  const given = new URLSearchParams(search).get('return_to');
  if (given) {
    sessionStorage.setItem(RETURN_TO_KEY, given);
    return given;
  }
  return sessionStorage.getItem(RETURN_TO_KEY) ?? undefined;
}

/** Puts back the `return_to` a sign-in carried (see `startSignIn`). */
export function restoreReturnTo(returnTo: string | undefined) {
  if (returnTo) sessionStorage.setItem(RETURN_TO_KEY, returnTo);
}

export function forgetReturnTo() {
  sessionStorage.removeItem(RETURN_TO_KEY);
}
