import { NETWORK_ERROR, type ApiFailure, type ApiResult, type ExperienceApi } from '../../api/experience';
import { forgetPendingSocial, pendingSocial, type PendingSocial, type SocialFlow } from './pending';

/** The sign-in page: where single-provider mode started, and where a sign-in goes back to. */
export const SIGN_IN_PATH = '/sign-in';
/** A code of ours for a callback the account pages' request cannot be completed for (no way to link or verify here). */
export const LINK_UNAVAILABLE = 'unsupported_step';

/** What the callback page needs from the outside world; tests replace all of it. */
export interface CallbackDeps {
  api: ExperienceApi;
  /**
   * Links the identity the provider proved to the signed-in account (`link-account`, from the
   * account pages); absent, such a callback fails.
   */
  linkIdentity?: (entry: PendingSocial, connectorData: Record<string, string>) => Promise<ApiResult<void>>;
  /**
   * Makes the proof of identity the provider's answer stands for, and hands it over to the
   * account page (`verify-account`, from the account pages); absent, such a callback fails.
   */
  verifyAccount?: (entry: PendingSocial, connectorData: Record<string, string>) => Promise<ApiResult<void>>;
  /** Shows another page of this app in place of the callback (back must not replay it). */
  replace: (path: string) => void;
}

/** How the provider's answer went: on to `to`, or a failure to show with the way `back`. */
export type CallbackOutcome =
  | { ok: true; to: string }
  | { ok: false; failure: ApiFailure; flow: SocialFlow; back: string; provider?: string };

/**
 * The provider's answer (`search`, the callback's query): the verification it completes is the
 * one kept under its `state`, or, when this tab kept none, the `state` itself (single-provider
 * mode: the server sent the browser to the provider, with the verification as the state). The
 * interaction's next steps are the flow page's to follow.
 */
export async function completeCallback(
  { api, linkIdentity, verifyAccount }: CallbackDeps,
  connectorId: string,
  search: string,
): Promise<CallbackOutcome> {
  const params = new URLSearchParams(search);
  // Every parameter as it came: `code` and `state`, or `error` (and its description).
  const connectorData = Object.fromEntries(params);
  const state = params.get('state');
  const entry = state ? pendingSocial(state) : undefined;
  const flow = entry?.flow ?? 'sign-in';
  const back = entry?.returnTo ?? SIGN_IN_PATH;
  const fail = (failure: ApiFailure, provider = entry?.connectorName): CallbackOutcome =>
    provider === undefined ? { ok: false, failure, flow, back } : { ok: false, failure, flow, back, provider };

  if (!state || (entry && entry.connectorId !== connectorId)) return fail({ ok: false, code: 'social.state_mismatch' });
  let result: ApiResult<void>;
  if (entry?.flow === 'link-account') {
    result = linkIdentity ? await linkIdentity(entry, connectorData) : { ok: false, code: LINK_UNAVAILABLE };
  } else if (entry?.flow === 'verify-account') {
    result = verifyAccount ? await verifyAccount(entry, connectorData) : { ok: false, code: LINK_UNAVAILABLE };
  } else {
    result = await api.verifySocial(connectorId, entry?.verificationId ?? state, connectorData);
  }
  // Used, or refused for good: a replayed callback must not find it again. Kept when the
  // server could not be reached, for "Try again".
  if (result.ok || result.code !== NETWORK_ERROR) forgetPendingSocial(state);
  if (result.ok) return { ok: true, to: back };
  // The sign-in experience names the provider of an interaction only, not of the account pages.
  if (entry?.connectorName !== undefined || flow === 'link-account' || flow === 'verify-account') return fail(result);
  return fail(result, await providerName(api, connectorId));
}

/** The flow the answer in `search` (the callback's query) is for, as far as this tab knows. */
export function pendingFlow(search: string): SocialFlow | undefined {
  const state = new URLSearchParams(search).get('state');
  return state ? pendingSocial(state)?.flow : undefined;
}

/** The provider's display name from the sign-in experience, when the tab does not know it. */
async function providerName(api: ExperienceApi, connectorId: string): Promise<string | undefined> {
  const view = await api.getInteraction();
  if (!view.ok) return undefined;
  const experience = await api.getSignInExperience(view.data.application.clientId);
  if (!experience.ok) return undefined;
  return experience.data.signIn.connectors.find((c) => c.id === connectorId)?.name;
}
