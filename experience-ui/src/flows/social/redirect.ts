import type { ResumeAction } from '../../account/verification/resume';
import type { ApiResult, Connector, SocialAuthorization } from '../../api/experience';
import { callbackUri, currentPage, keepPendingSocial, randomState, type SocialFlow } from './pending';

/** What the page going to a provider says about itself. */
export interface SocialStart {
  connector: Connector;
  flow: SocialFlow;
  /** The page to come back to; the current one when absent. */
  returnTo?: string;
  /** `link-account`: the proof of identity the link will be made with. */
  proof?: string;
  /** `verify-account`: the sensitive action to take up again on return. */
  resume?: ResumeAction;
}

/**
 * Sends the browser to `connector`'s sign-in page: asks the server for the authorization URI
 * (`authorize`: the Experience API's, or the account API's for linking or verifying), keeps
 * what the callback page needs under the `state` sent along, then leaves. Resolves only to a
 * failure, if any.
 */
export async function redirectToProvider(
  authorize: (connectorId: string, state: string, redirectUri: string) => Promise<ApiResult<SocialAuthorization>>,
  { connector, flow, returnTo = currentPage(), proof, resume }: SocialStart,
  navigate: (url: string) => void,
  now = Date.now(),
): Promise<ApiResult<void>> {
  const state = randomState();
  const authorized = await authorize(connector.id, state, callbackUri(connector.id));
  if (!authorized.ok) return authorized;
  keepPendingSocial({
    state,
    verificationId: authorized.data.verificationId,
    connectorId: connector.id,
    connectorName: connector.name,
    flow,
    returnTo,
    proof,
    resume,
    savedAt: now,
  });
  navigate(authorized.data.authorizationUri);
  return { ok: true, data: undefined };
}
