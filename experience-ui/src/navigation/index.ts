import { useSyncExternalStore } from 'react';

// The pages are reached by full navigations from the server; moving between the app's own
// pages (sign-in and password reset) needs no server round trip: history and a re-render do.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Shows another page of this app, with a new history entry. */
export function navigateInApp(url: string) {
  window.history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

/** Shows another page of this app in place of the current one: back skips it. */
export function replaceInApp(url: string) {
  window.history.replaceState(null, '', url);
  for (const listener of listeners) listener();
}

/** The current page's path; changes with `navigateInApp` and the back and forward buttons. */
export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** `path` with the current query, so what the client sent (e.g. `ui_locales`) goes along. */
export function withCurrentQuery(path: string): string {
  return `${path}${window.location.search}`;
}
