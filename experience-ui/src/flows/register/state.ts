import { errorHandling } from '../../errors';
import type { Application, FollowAction } from '../interaction';

/** The screen the registration flow is on. */
export type RegisterStep =
  | { kind: 'loading' }
  | {
      kind: 'form';
      /** The username the interaction already has (after a reload), the field's initial value. */
      username?: string;
      busy: boolean;
      error?: string;
      /** The password rules the last attempt broke, each a code to translate (`error.<rule>`). */
      rules?: string[];
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

export interface RegisterState {
  application?: Application;
  step: RegisterStep;
}

export type RegisterAction = FollowAction | { type: 'showForm'; username?: string };

export const initialState: RegisterState = { step: { kind: 'loading' } };

/** Every rule of `user.weak_password`'s `details.rules`, as the server names them. */
export const PASSWORD_RULES = [
  'password.too_short',
  'password.too_long',
  'password.needs_lowercase',
  'password.needs_uppercase',
  'password.needs_digit',
  'password.needs_non_alphanumeric',
  'password.too_simple',
  'password.too_common',
  'password.contains_identifier',
] as const;

/** Codes after which trying again cannot help: the page offers only the way back to sign-in. */
const FINAL_CODES = new Set(['session.registration_disabled', 'session.registration_invitation_only']);

export function isFinal(code: string): boolean {
  return FINAL_CODES.has(code);
}

export function registerReducer(state: RegisterState, action: RegisterAction): RegisterState {
  const { step } = state;
  switch (action.type) {
    case 'loading':
      return { ...state, step: { kind: 'loading' } };
    case 'application':
      return { ...state, application: action.application };
    case 'showForm':
      return {
        ...state,
        step: {
          kind: 'form',
          username: action.username,
          busy: false,
          // The interaction still asks for the profile after a failed attempt: keep the message.
          error: step.kind === 'form' ? step.error : undefined,
          rules: step.kind === 'form' ? step.rules : undefined,
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
      if (step.kind === 'form') return { ...state, step: { ...step, busy: true, error: undefined, rules: undefined } };
      if (step.kind === 'consent') return { ...state, step: { ...step, busy: true, error: undefined } };
      return state;
    case 'failed':
      if (errorHandling(action.code) === 'expired') return { ...state, step: { kind: 'expired' } };
      // On a form the error is shown next to it, so the user can correct and retry.
      if (step.kind === 'form') {
        return { ...state, step: { ...step, busy: false, error: action.code, rules: action.rules } };
      }
      if (step.kind === 'consent') return { ...state, step: { ...step, busy: false, error: action.code } };
      return { ...state, step: { kind: 'failed', code: action.code } };
    case 'redirecting':
      return { ...state, step: action.denied ? { kind: 'redirecting', denied: true } : { kind: 'redirecting' } };
  }
}
