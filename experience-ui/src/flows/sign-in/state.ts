import type { IdentifierType } from '../../api/experience';
import type { Application, FollowAction } from '../interaction';
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
  | CommonStep;

export interface SignInState {
  application?: Application;
  /** Whether the server offers "remember me"; unknown (not offered) until the sign-in experience is read. */
  rememberMeOffered?: boolean;
  /** Whether registration is open, for the "Create an account" link; unknown (no link) until read. */
  signUpEnabled?: boolean;
  /** Whether password reset is on, for the "Forgot password?" link; unknown (no link) until read. */
  passwordResetEnabled?: boolean;
  step: SignInStep;
}

export type SignInAction =
  | FollowAction
  | { type: 'rememberMeOffered'; offered: boolean }
  | { type: 'signUpEnabled'; enabled: boolean }
  | { type: 'passwordResetEnabled'; enabled: boolean }
  | { type: 'showPassword'; identifierTypes: IdentifierType[]; loginHint?: string; rememberMe: boolean };

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
