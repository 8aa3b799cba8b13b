import { useCallback, useReducer } from 'react';
import { sendCode, verifyCode } from '../code/actions';
import { defaultDeps, failed, type Flow, type FlowDeps } from '../interaction';
import { useInteraction } from '../useInteraction';
import { initialState, resetReducer, type ResetAction } from './state';

export type ResetDeps = FlowDeps;
export { defaultDeps };

export const resetFlow: Flow<ResetAction> = {
  event: 'ForgotPassword',
  show: (directive) => {
    switch (directive.kind) {
      case 'showSendCode':
        return { type: 'showEmail' };
      case 'showVerifyCode':
        return { type: 'showCode', email: directive.email, verificationId: directive.verificationId };
      case 'showResetPassword':
        return { type: 'showNewPassword' };
      default:
        return undefined;
    }
  },
  experience: () => [],
};

export function useForgotPassword(deps: ResetDeps = defaultDeps) {
  const [state, dispatch] = useReducer(resetReducer, initialState);
  const { proceed, allow, deny, retry, mfa } = useInteraction(resetFlow, deps, dispatch);

  const send = useCallback((email: string) => sendCode(deps, 'ForgotPassword', email, dispatch, proceed), [deps, proceed]);

  const verify = useCallback(
    (email: string, verificationId: string, code: string) => verifyCode(deps, email, verificationId, code, dispatch, proceed),
    [deps, proceed],
  );

  const changeEmail = useCallback(() => dispatch({ type: 'changeEmail' }), []);

  /** The new password; the submit that follows sets it and signs the user in. */
  const reset = useCallback(
    async (password: string) => {
      dispatch({ type: 'busy' });
      const set = await deps.api.setNewPassword(password);
      if (!set.ok) return dispatch(failed(set));
      await proceed();
    },
    [deps, proceed],
  );

  return { state, send, verify, changeEmail, reset, allow, deny, retry, mfa };
}
