import { useCallback, useReducer } from 'react';
import { defaultDeps, failed, type Flow, type FlowDeps } from '../interaction';
import { useInteraction } from '../useInteraction';
import { initialState, signInReducer, type SignInAction } from './state';

export type SignInDeps = FlowDeps;
export { defaultDeps };

const signInFlow: Flow<SignInAction> = {
  event: 'SignIn',
  show: (directive, view) =>
    directive.kind === 'showPassword'
      ? {
          type: 'showPassword',
          identifierTypes: directive.identifierTypes,
          loginHint: view.loginHint,
          rememberMe: view.rememberMe,
        }
      : undefined,
  // Without the sign-in experience "remember me" stays unoffered: the form simply has no checkbox.
  experience: (exp) => [
    { type: 'rememberMeOffered', offered: exp.signIn.rememberMe },
    { type: 'signUpEnabled', enabled: exp.signUp.enabled },
    { type: 'passwordResetEnabled', enabled: exp.passwordReset.enabled },
  ],
};

export function useSignIn(deps: SignInDeps = defaultDeps) {
  const [state, dispatch] = useReducer(signInReducer, initialState);
  const { proceed, allow, deny, retry, mfa } = useInteraction(signInFlow, deps, dispatch);

  const rememberMeOffered = state.rememberMeOffered === true;
  const signIn = useCallback(
    async (identifierType: 'username' | 'email', identifier: string, password: string, remember: boolean) => {
      dispatch({ type: 'busy' });
      const verified = await deps.api.verifyPassword(identifierType, identifier, password);
      if (!verified.ok) return dispatch(failed(verified));
      const identified = await deps.api.identify(verified.data);
      if (!identified.ok) return dispatch(failed(identified));
      // The choice is sent either way, so an unchecked box overrides an earlier checked one.
      if (rememberMeOffered) {
        const remembered = await deps.api.rememberMe(remember);
        if (!remembered.ok) return dispatch(failed(remembered));
      }
      // What comes after identification (submit today, more factors later) is the server's call.
      await proceed();
    },
    [deps, rememberMeOffered, proceed],
  );

  return { state, signIn, allow, deny, retry, mfa };
}
