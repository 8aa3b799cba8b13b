import { useCallback, useReducer } from 'react';
import type { Connector } from '../../api/experience';
import { withCurrentQuery } from '../../navigation';
import { sendCode, verifyCode } from '../code/actions';
import { defaultDeps, failed, type Flow, type FlowDeps } from '../interaction';
import { switchToRegistration } from '../register/start';
import { redirectToProvider } from '../social/redirect';
import { useInteraction } from '../useInteraction';
import { initialState, signInReducer, type SignInAction } from './state';

export type SignInDeps = FlowDeps;
export { defaultDeps };

/** The registration page; it starts the registration itself, or goes on with one under way. */
export const REGISTER_PATH = '/register';

const signInFlow: Flow<SignInAction> = {
  event: 'SignIn',
  show: (directive, view) => {
    switch (directive.kind) {
      case 'showPassword':
        return {
          type: 'showPassword',
          identifierTypes: directive.identifierTypes,
          loginHint: view.loginHint,
          rememberMe: view.rememberMe,
        };
      case 'showIdentityNotLinked':
        return { type: 'showIdentityNotLinked', identity: directive.step };
      // Only when the code is the one way offered (no password sign-in) or a code is under way.
      case 'showSendCode':
        return { type: 'showEmail' };
      case 'showVerifyCode':
        return { type: 'showCode', email: directive.email, verificationId: directive.verificationId };
      default:
        return undefined;
    }
  },
  // Without the sign-in experience "remember me" stays unoffered: the form simply has no checkbox.
  experience: (exp) => [
    { type: 'rememberMeOffered', offered: exp.signIn.rememberMe },
    { type: 'signUpEnabled', enabled: exp.signUp.enabled },
    { type: 'passwordResetEnabled', enabled: exp.passwordReset.enabled },
    {
      type: 'signInMethods',
      local: exp.signIn.local,
      emailCode: exp.signIn.emailCode,
      connectors: exp.signIn.connectors,
      identifiers: exp.signIn.identifiers,
      registrationCaptcha: exp.signUp.captcha,
    },
  ],
};

export function useSignIn(deps: SignInDeps = defaultDeps) {
  const [state, dispatch] = useReducer(signInReducer, initialState);
  const { proceed, allow, deny, retry, mfa } = useInteraction(signInFlow, deps, dispatch);
  const rememberMeOffered = state.rememberMeOffered === true;
  const registrationCaptcha = state.registrationCaptcha === true;

  /**
   * `linkVerificationId`: the external identity (of the `identityNotLinked` step) to link to the
   * account this password proves; the link is made at submit, after any second factor.
   */
  const signIn = useCallback(
    async (identifierType: 'username' | 'email', identifier: string, password: string, remember: boolean, linkVerificationId?: string) => {
      dispatch({ type: 'busy' });
      const verified = await deps.api.verifyPassword(identifierType, identifier, password);
      if (!verified.ok) return dispatch(failed(verified));
      const identified = linkVerificationId
        ? await deps.api.identify(verified.data, linkVerificationId)
        : await deps.api.identify(verified.data);
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

  /** Off to the provider's sign-in page; the callback page brings the browser back here. */
  const signInWith = useCallback(
    async (connector: Connector) => {
      dispatch({ type: 'busy' });
      const started = await redirectToProvider(deps.api.socialAuthorizationUri, { connector, flow: 'sign-in' }, deps.navigate);
      if (!started.ok) dispatch(failed(started));
    },
    [deps],
  );

  /**
   * A new account with the external identity: the interaction becomes a registration that
   * keeps it, and the registration page identifies with it and goes on (usually to submit).
   */
  const registerWithIdentity = useCallback(async () => {
    dispatch({ type: 'busy' });
    const switched = await switchToRegistration({ deps, dispatch, cancelled: () => false }, registrationCaptcha);
    if (!switched.ok) return dispatch(failed(switched));
    deps.navigate(withCurrentQuery(REGISTER_PATH));
  }, [deps, registrationCaptcha]);

  /** Sign-in by email code: the form for the address, then (the server's next step) the code. */
  const chooseEmailCode = useCallback(() => dispatch({ type: 'chooseEmailCode' }), []);
  const send = useCallback((email: string) => sendCode(deps, 'SignIn', email, dispatch, proceed), [deps, proceed]);
  const verify = useCallback(
    (email: string, verificationId: string, code: string) => verifyCode(deps, email, verificationId, code, dispatch, proceed),
    [deps, proceed],
  );
  const changeEmail = useCallback(() => dispatch({ type: 'changeEmail' }), []);

  /** The password form of the existing account, or back to the choice. */
  const showLinkForm = useCallback((open: boolean) => dispatch({ type: 'linkForm', open }), []);

  /** Forgets the external identity: a new sign-in, with the password or another provider. */
  const signInAnotherWay = useCallback(async () => {
    dispatch({ type: 'loading' });
    const restarted = await deps.api.startInteraction('SignIn');
    if (!restarted.ok) return dispatch(failed(restarted));
    await proceed();
  }, [deps, proceed]);

  return {
    state,
    signIn,
    signInWith,
    registerWithIdentity,
    showLinkForm,
    signInAnotherWay,
    chooseEmailCode,
    send,
    verify,
    changeEmail,
    allow,
    deny,
    retry,
    mfa,
  };
}
