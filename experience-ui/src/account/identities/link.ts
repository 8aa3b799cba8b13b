import type { ApiResult } from '../../api/result';
import type { PendingSocial } from '../../flows/social/pending';
import { VERIFICATION_REQUIRED, type AccountApi } from '../api/accountApi';

/** Where a link goes back to, made or not. */
export const ACCOUNT_PATH = '/account';

const LINKED_KEY = 'gatehouse.account.linked';

/**
 * The callback page's `link-account`: the identity the provider proved joins the signed-in
 * account, with the proof of identity kept when the user left for the provider.
 */
export function linkIdentityWith(api: AccountApi) {
  return async (entry: PendingSocial, connectorData: Record<string, string>): Promise<ApiResult<void>> => {
    if (!entry.proof) return { ok: false, code: VERIFICATION_REQUIRED };
    const linked = await api.linkIdentity(entry.connectorId, entry.verificationId, connectorData, entry.proof);
    if (!linked.ok) return linked;
    // The account page says so once it is back.
    sessionStorage.setItem(LINKED_KEY, entry.connectorName ?? entry.connectorId);
    return { ok: true, data: undefined };
  };
}

/** The provider of the link just made, to say so once (`forgetLinkedNotice` after). */
export function linkedNotice(): string | undefined {
  return sessionStorage.getItem(LINKED_KEY) ?? undefined;
}

export function forgetLinkedNotice() {
  sessionStorage.removeItem(LINKED_KEY);
}
