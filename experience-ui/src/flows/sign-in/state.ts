import type { IdentifierType } from '../../api/experience';
import { errorHandling } from '../../errors';
import type { Application, FollowAction } from '../interaction';

export type { Application };

/** The screen the sign-in flow is on. */
export type SignInStep =
  | { kind: 'loading' }
  | {
      kind: 'password';
      identifierTypes: IdentifierType[];
      loginHint?: string;
      /** The interaction's "remember me" choice so far, the checkbox's initial value. */
      rememberMe: boolean;
      busy: boolean;
      error?: string;
    }
  | {
      kind: 'consent';
      application: Application;
      scopes: string[];
      busy: boolean;
      error?: string;
    }
  | { kind: 'redirecting'; denied?: true }
  | { kind: 'expired' }
  | { kind: 'failed'; code: string };

export interface SignInState {
  application?: Application;
  /** Whether the server offers "remember me"; unknown (not offered) until the sign-in experience is read. */
  rememberMeOffered?: boolean;
  /** Whether registration is open, for the "Create an account" link; unknown (no link) until read. */
  signUpEnabled?: boolean;
  step: SignInStep;
}

export type SignInAction =
  | FollowAction
  | { type: 'rememberMeOffered'; offered: boolean }
  | { type: 'signUpEnabled'; enabled: boolean }
  | { type: 'showPassword'; identifierTypes: IdentifierType[]; loginHint?: string; rememberMe: boolean };

export const initialState: SignInState = { step: { kind: 'loading' } };

export function signInReducer(state: SignInState, action: SignInAction): SignInState {
  const { step } = state;
  switch (action.type) {
    case 'loading':
      return { ...state, step: { kind: 'loading' } };
    case 'application':
      return { ...state, application: action.application };
    case 'rememberMeOffered':
      return { ...state, rememberMeOffered: action.offered };
    case 'signUpEnabled':
      return { ...state, signUpEnabled: action.enabled };
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
    case 'showConsent':
      return {
        ...state,
        step: {
          kind: 'consent',
          application: action.application,
          scopes: action.scopes,
          busy: false,
          error: step.kind === 'consent' ? step.error : undefined,
        },
      };
    case 'busy':
      return step.kind === 'password' || step.kind === 'consent'
        ? { ...state, step: { ...step, busy: true, error: undefined } }
        : state;
    case 'failed':
      if (errorHandling(action.code) === 'expired') return { ...state, step: { kind: 'expired' } };
      // On a form the error is shown next to it, so the user can correct and retry.
      if (step.kind === 'password' || step.kind === 'consent') {
        return { ...state, step: { ...step, busy: false, error: action.code } };
      }
      return { ...state, step: { kind: 'failed', code: action.code } };
    case 'redirecting':
      return { ...state, step: action.denied ? { kind: 'redirecting', denied: true } : { kind: 'redirecting' } };
  }
}
