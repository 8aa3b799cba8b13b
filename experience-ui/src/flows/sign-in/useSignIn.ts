import { useCallback, useEffect, useReducer } from 'react';
import { experienceApi, type ExperienceApi, type InteractionView } from '../../api/experience';
import { applyInteractionLanguage } from '../../i18n/apply';
import { directiveFor, initialState, signInReducer, UNSUPPORTED_STEP, type SignInAction } from './state';

export interface SignInDeps {
  api: ExperienceApi;
  navigate: (url: string) => void;
  onInteraction: (view: InteractionView) => void;
}

export const defaultDeps: SignInDeps = {
  api: experienceApi,
  navigate: (url) => window.location.assign(url),
  onInteraction: applyInteractionLanguage,
};

// startInteraction -> identify -> submit is the longest automatic chain; more means a loop.
const MAX_AUTOMATIC_STEPS = 5;

type Dispatch = (action: SignInAction) => void;
type Cancelled = () => boolean;

/** Reads the interaction and performs its next steps until one needs the user. */
async function follow(deps: SignInDeps, dispatch: Dispatch, cancelled: Cancelled, first: boolean) {
  const { api } = deps;
  for (let i = 0; i < MAX_AUTOMATIC_STEPS; i++) {
    const view = await api.getInteraction();
    if (cancelled()) return;
    if (!view.ok) return dispatch({ type: 'failed', code: view.code });
    if (first && i === 0) void describeApplication(deps, dispatch, cancelled, view.data);

    const directive = directiveFor(view.data);
    switch (directive.kind) {
      case 'showPassword':
        return dispatch({
          type: 'showPassword',
          identifierTypes: directive.identifierTypes,
          loginHint: view.data.loginHint,
          rememberMe: view.data.rememberMe,
        });
      case 'showConsent':
        return dispatch({ type: 'showConsent', application: directive.application, scopes: directive.scopes });
      case 'unsupported':
        return dispatch({ type: 'failed', code: UNSUPPORTED_STEP });
      case 'submit':
        return submit(deps, dispatch, cancelled);
      case 'start':
      case 'identify': {
        const done =
          directive.kind === 'start'
            ? await api.startInteraction('SignIn')
            : await api.identify(directive.verificationId);
        if (cancelled()) return;
        if (!done.ok) return dispatch({ type: 'failed', code: done.code });
      }
    }
  }
  dispatch({ type: 'failed', code: UNSUPPORTED_STEP });
}

async function describeApplication(
  { api, onInteraction }: SignInDeps,
  dispatch: Dispatch,
  cancelled: Cancelled,
  view: InteractionView,
) {
  onInteraction(view);
  dispatch({ type: 'application', application: view.application });
  // The sign-in experience may carry a display name; without it the interaction's is enough.
  // Without it "remember me" stays unoffered: the form simply has no checkbox.
  const exp = await api.getSignInExperience(view.application.clientId);
  if (cancelled() || !exp.ok) return;
  dispatch({ type: 'rememberMeOffered', offered: exp.data.signIn.rememberMe });
  if (exp.data.application) dispatch({ type: 'application', application: exp.data.application });
}

async function submit({ api, navigate }: SignInDeps, dispatch: Dispatch, cancelled: Cancelled) {
  const result = await api.submit();
  if (cancelled()) return;
  if (!result.ok) return dispatch({ type: 'failed', code: result.code });
  dispatch({ type: 'redirecting' });
  navigate(result.data);
}

export function useSignIn(deps: SignInDeps = defaultDeps) {
  const [state, dispatch] = useReducer(signInReducer, initialState);

  useEffect(() => {
    // StrictMode runs effects twice: only the surviving run may go on to mutate the interaction.
    let stopped = false;
    void follow(deps, dispatch, () => stopped, true);
    return () => {
      stopped = true;
    };
  }, [deps]);

  const rememberMeOffered = state.rememberMeOffered === true;
  const signIn = useCallback(
    async (identifierType: 'username' | 'email', identifier: string, password: string, remember: boolean) => {
      const never = () => false;
      dispatch({ type: 'busy' });
      const verified = await deps.api.verifyPassword(identifierType, identifier, password);
      if (!verified.ok) return dispatch({ type: 'failed', code: verified.code });
      const identified = await deps.api.identify(verified.data);
      if (!identified.ok) return dispatch({ type: 'failed', code: identified.code });
      // The choice is sent either way, so an unchecked box overrides an earlier checked one.
      if (rememberMeOffered) {
        const remembered = await deps.api.rememberMe(remember);
        if (!remembered.ok) return dispatch({ type: 'failed', code: remembered.code });
      }
      // What comes after identification (submit today, more factors later) is the server's call.
      await follow(deps, dispatch, never, false);
    },
    [deps, rememberMeOffered],
  );

  const allow = useCallback(async () => {
    const never = () => false;
    dispatch({ type: 'busy' });
    const allowed = await deps.api.allowConsent();
    if (!allowed.ok) return dispatch({ type: 'failed', code: allowed.code });
    // Submit comes next today; as after identification, the interaction says so.
    await follow(deps, dispatch, never, false);
  }, [deps]);

  const deny = useCallback(async () => {
    dispatch({ type: 'busy' });
    const denied = await deps.api.denyConsent();
    if (!denied.ok) return dispatch({ type: 'failed', code: denied.code });
    // The client learns of the refusal at its redirect URI (error=access_denied).
    dispatch({ type: 'redirecting', denied: true });
    deps.navigate(denied.data);
  }, [deps]);

  const retry = useCallback(() => {
    dispatch({ type: 'loading' });
    void follow(deps, dispatch, () => false, true);
  }, [deps]);

  return { state, signIn, allow, deny, retry };
}
