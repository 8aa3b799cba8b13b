import type { ApiResult, ExperienceApi } from '../../api/experience';

const PARAM = 'invitation';
const PENDING_KEY = 'gatehouse.invitation';
// Long enough to go through the application's own sign-in start, short enough that an old
// invitation does not take over a later visit.
const PENDING_LIFETIME_MS = 30 * 60 * 1000;

/** The `invitation` parameter of the link in an invitation email, when the page was opened with one. */
export function invitationFromUrl(): string | undefined {
  const code = new URLSearchParams(window.location.search).get(PARAM)?.trim();
  return code || undefined;
}

/**
 * Keeps the code of a link opened with no sign-in under way while the browser goes through the
 * invitation's application, which starts one: back on this origin, in this tab, the registration
 * picks it up. Session storage, so it dies with the tab.
 */
export function keepPendingInvitation(code: string, now = Date.now()) {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ code, savedAt: now }));
}

/** The invitation kept by `keepPendingInvitation`, unless it is too old. */
export function pendingInvitation(now = Date.now()): string | undefined {
  const raw = sessionStorage.getItem(PENDING_KEY);
  if (!raw) return undefined;
  try {
    const { code, savedAt } = JSON.parse(raw) as { code?: unknown; savedAt?: unknown };
    if (typeof code === 'string' && typeof savedAt === 'number' && now - savedAt < PENDING_LIFETIME_MS) return code;
  } catch {
    // Not ours, or damaged: forgotten below.
  }
  sessionStorage.removeItem(PENDING_KEY);
  return undefined;
}

/** Forgets the invitation code: out of the address bar (a secret must not stay in the history) and the tab's storage. */
export function forgetInvitation() {
  sessionStorage.removeItem(PENDING_KEY);
  const url = new URL(window.location.href);
  if (!url.searchParams.has(PARAM)) return;
  url.searchParams.delete(PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** Redeems an invitation and identifies with it: the registration takes the invited address and name. */
export async function redeemAndIdentify(api: ExperienceApi, code: string): Promise<ApiResult<void>> {
  const redeemed = await api.redeemInvitation(code);
  if (!redeemed.ok) return redeemed;
  return api.identify(redeemed.data);
}
