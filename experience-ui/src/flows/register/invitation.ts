import type { ApiResult, ExperienceApi } from '../../api/experience';

const PARAM = 'invitation';

/** The `invitation` parameter of the link in an invitation email, when the page was opened with one. */
export function invitationFromUrl(): string | undefined {
  const code = new URLSearchParams(window.location.search).get(PARAM)?.trim();
  return code || undefined;
}

/** Takes the invitation code out of the address bar, in place: a secret must not stay in the history. */
export function forgetInvitationInUrl() {
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
