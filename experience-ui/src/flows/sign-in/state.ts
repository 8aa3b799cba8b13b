import type { Connector, IdentifierType, IdentityNotLinkedStep } from '../../api/experience';
import { codeStep, emailStep, sentCode, type CodeAction, type CodeStep, type EmailStep, type SentCode } from '../code/state';
import type { Application, Branding, FollowAction } from '../interaction';
import type { CaptchaAction, CaptchaStatus } from '../register/start';
import { followReducer, type CommonStep } from '../steps';

export type { Application };

/** The screen the sign-in flow is on. */
export type SignInStep =
  | {
      kind: 'password';
      identifierTypes: IdentifierType[];
      loginHint?: string;
      /** The interaction's "remember me" choice so far, the checkbox's initial value. */
      rememberMe: boolean;
      busy: boolean;
      error?: string;
    }
  /**
   * An external provider proved an identity that no account has: create an account with it, or
   * (`linking`) sign in to an existing account with its password, which links it.
   */
  | {
      kind: 'identityNotLinked';
      identity: IdentityNotLinkedStep;
      linking: boolean;
      busy: boolean;
      error?: string;
      retryAfter?: number;
    }
  /** Sign-in by email code: the address, then the code mailed to it (if it has an account). */
  | EmailStep
  | CodeStep
  | CommonStep;

export interface SignInState {
  application?: Application;
  branding?: Branding;
  /** Whether the server offers "remember me"; unknown (not offered) until the sign-in experience is read. */
  rememberMeOffered?: boolean;
  /** Whether registration is open, for the "Create an account" link; unknown (no link) until read. */
  signUpEnabled?: boolean;
  /** Whether password reset is on, for the "Forgot password?" link; unknown (no link) until read. */
  passwordResetEnabled?: boolean;
  /** Whether the password form is offered; unknown (offered) until the sign-in experience is read. */
  localSignIn?: boolean;
  /** Whether sign-in by email code is offered; unknown (not offered) until the sign-in experience is read. */
  emailCode?: boolean;
  /** The last sign-in code sent from this page. */
  sent?: SentCode;
  /** The external providers to offer as buttons; none until the sign-in experience is read. */
  connectors?: Connector[];
  /** What accounts sign in with, for the password form of an account an identity is linked to. */
  identifiers?: IdentifierType[];
  /** Whether registering (with an external identity) needs a captcha. */
  registrationCaptcha?: boolean;
  /** The captcha widget, while registering with an external identity. */
  captcha?: CaptchaStatus;
  step: SignInStep;
}

export type SignInAction =
  | FollowAction
  | CodeAction
  /** From the password form to the email-code form, and back (`usePassword` is the server's call). */
  | { type: 'chooseEmailCode' }
  | { type: 'changeEmail' }
  | { type: 'rememberMeOffered'; offered: boolean }
  | { type: 'signUpEnabled'; enabled: boolean }
  | { type: 'passwordResetEnabled'; enabled: boolean }
  | { type: 'showPassword'; identifierTypes: IdentifierType[]; loginHint?: string; rememberMe: boolean }
  | CaptchaAction
  | {
      type: 'signInMethods';
      local: boolean;
      emailCode: boolean;
      connectors: Connector[];
      identifiers: IdentifierType[];
      registrationCaptcha: boolean;
    }
  | { type: 'showIdentityNotLinked'; identity: IdentityNotLinkedStep }
  /** On the identity step: open (or close) the password form of the existing account. */
  | { type: 'linkForm'; open: boolean };

export const initialState: SignInState = { step: { kind: 'loading' } };

export function signInReducer(state: SignInState, action: SignInAction): SignInState {
  const { step } = state;
  switch (action.type) {
    case 'rememberMeOffered':
      return { ...state, rememberMeOffered: action.offered };
    case 'signUpEnabled':
      return { ...state, signUpEnabled: action.enabled };
    case 'passwordResetEnabled':
      return { ...state, passwordResetEnabled: action.enabled };
    case 'signInMethods': {
      const { local, emailCode, connectors, identifiers, registrationCaptcha } = action;
      return { ...state, localSignIn: local, emailCode, connectors, identifiers, registrationCaptcha };
    }
    case 'chooseEmailCode':
      return step.kind === 'password' && !step.busy ? { ...state, step: emailStep(step) } : state;
    case 'showEmail':
      return { ...state, step: emailStep(step) };
    case 'showCode':
      return { ...state, step: codeStep(step, action.email, action.verificationId) };
    case 'changeEmail':
      return step.kind === 'code' ? { ...state, step: emailStep({ kind: 'code' }) } : state;
    case 'codeSent':
    case 'sendRefused':
      return { ...state, sent: sentCode(state.sent, action) };
    case 'captcha':
      return { ...state, captcha: action.status };
    case 'showIdentityNotLinked':
      return {
        ...state,
        step: {
          kind: 'identityNotLinked',
          identity: action.identity,
          // A reload after a failed attempt keeps the form and its message.
          linking: step.kind === 'identityNotLinked' && step.identity.verificationId === action.identity.verificationId && step.linking,
          busy: false,
          error: step.kind === 'identityNotLinked' ? step.error : undefined,
        },
      };
    case 'linkForm':
      return step.kind === 'identityNotLinked' && !step.busy
        ? { ...state, step: { ...step, linking: action.open && step.identity.link, error: undefined, retryAfter: undefined } }
        : state;
    case 'showPassword':
      return {
        ...state,
        step: {
          kind: 'password',
          identifierTypes: action.identifierTypes,
          loginHint: action.loginHint,
          rememberMe: action.rememberMe,
          busy: false,
          // A reload after a failed attempt keeps the message visible.
          error: step.kind === 'password' ? step.error : undefined,
        },
      };
    default:
      return followReducer(state, action);
  }
}
