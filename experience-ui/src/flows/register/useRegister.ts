import { useCallback, useReducer } from 'react';
import { defaultDeps, type Flow, type FlowDeps } from '../interaction';
import { useInteraction } from '../useInteraction';
import { initialState, registerReducer, type RegisterAction } from './state';

export type RegisterDeps = FlowDeps;
export { defaultDeps };

export const SIGN_IN_PATH = '/sign-in';

const registerFlow: Flow<RegisterAction> = {
  event: 'Register',
  show: (directive, view) =>
    directive.kind === 'showProfile' ? { type: 'showForm', username: view.profile?.username } : undefined,
  // The application's display name is all this page takes from the sign-in experience.
  experience: () => [],
};

export function useRegister(deps: RegisterDeps = defaultDeps) {
  const [state, dispatch] = useReducer(registerReducer, initialState);
  const { proceed, allow, deny, retry } = useInteraction(registerFlow, deps, dispatch);

  const register = useCallback(
    async (username: string, password: string) => {
      dispatch({ type: 'busy' });
      // The username first, every time: a new one makes the server forget an earlier password,
      // and the password is checked against it.
      const named = await deps.api.setProfile('username', username);
      if (!named.ok) return dispatch({ type: 'failed', code: named.code });
      const secured = await deps.api.setProfile('password', password);
      if (!secured.ok) return dispatch({ type: 'failed', code: secured.code, rules: secured.rules });
      // Submit (creating the account), or consent first for a third-party client.
      await proceed();
    },
    [deps, proceed],
  );

  /** Back to signing in: the interaction forgets the registration, then the sign-in page takes over. */
  const signInInstead = useCallback(async () => {
    // Whatever the answer, the sign-in page starts its own event if the interaction still has another.
    await deps.api.startInteraction('SignIn');
    deps.navigate(SIGN_IN_PATH);
  }, [deps]);

  return { state, register, allow, deny, retry, signInInstead };
}
