import { useCallback, useReducer, useState } from 'react';
import type { Connector } from '../../api/experience';
import { sendCode, verifyCode } from '../code/actions';
import { defaultDeps, failed, type FlowDeps } from '../interaction';
import { redirectToProvider } from '../social/redirect';
import { useInteraction } from '../useInteraction';
import { registerFlow } from './flow';
import { invitationFromUrl, pendingInvitation, redeemAndIdentify } from './invitation';
import { initialState, registerReducer } from './state';

export type RegisterDeps = FlowDeps;
export { defaultDeps };

export const SIGN_IN_PATH = '/sign-in';

export function useRegister(deps: RegisterDeps = defaultDeps) {
  const [state, dispatch] = useReducer(registerReducer, initialState);
  // One flow for the page's life: it holds the invitation of the link until it is redeemed.
  const [flow] = useState(() => registerFlow(invitationFromUrl(), pendingInvitation()));
  const { proceed, allow, deny, retry, mfa } = useInteraction(flow, deps, dispatch);

  const register = useCallback(
    async (username: string | undefined, password: string) => {
      dispatch({ type: 'busy' });
      // The username first, every time: a new one makes the server forget an earlier password,
      // and the password is checked against it. An account that signs in by email has none.
      if (username !== undefined) {
        const named = await deps.api.setProfile('username', username);
        if (!named.ok) return dispatch(failed(named));
      }
      const secured = await deps.api.setProfile('password', password);
      if (!secured.ok) return dispatch(failed(secured));
      // Submit (creating the account), or consent first for a third-party client.
      await proceed();
    },
    [deps, proceed],
  );

  const send = useCallback((email: string) => sendCode(deps, 'Register', email, dispatch, proceed), [deps, proceed]);

  const verify = useCallback(
    (email: string, verificationId: string, code: string) => verifyCode(deps, email, verificationId, code, dispatch, proceed),
    [deps, proceed],
  );

  /** The code typed in the invitation form (an invitation-only server, no link). */
  const redeem = useCallback(
    async (code: string) => {
      dispatch({ type: 'busy' });
      const redeemed = await redeemAndIdentify(deps.api, code);
      if (!redeemed.ok) return dispatch(failed(redeemed));
      await proceed();
    },
    [deps, proceed],
  );

  /**
   * An account with an external identity: off to the provider, and back through the callback
   * page, which adds the identity to this registration (an invitation redeemed here included).
   */
  const registerWith = useCallback(
    async (connector: Connector) => {
      dispatch({ type: 'busy' });
      const started = await redirectToProvider(deps.api.socialAuthorizationUri, { connector, flow: 'register' }, deps.navigate);
      if (!started.ok) dispatch(failed(started));
    },
    [deps],
  );

  const changeEmail = useCallback(() => dispatch({ type: 'changeEmail' }), []);

  /** Back to signing in: the interaction forgets the registration, then the sign-in page takes over. */
  const signInInstead = useCallback(async () => {
    // Whatever the answer, the sign-in page starts its own event if the interaction still has another.
    await deps.api.startInteraction('SignIn');
    deps.navigate(SIGN_IN_PATH);
  }, [deps]);

  return { state, register, registerWith, send, verify, redeem, changeEmail, allow, deny, retry, mfa, signInInstead };
}
