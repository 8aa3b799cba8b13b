import type { Application, FollowAction } from '../interaction';
import { followReducer, type CommonStep } from '../steps';

/** The screen the registration flow is on. */
export type RegisterStep =
  | {
      kind: 'form';
      /** The username the interaction already has (after a reload), the field's initial value. */
      username?: string;
      busy: boolean;
      error?: string;
      /** The password rules the last attempt broke, each a code to translate (`error.<rule>`). */
      rules?: string[];
    }
  | CommonStep;

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
    case 'busy':
    case 'failed': {
      const next = followReducer(state, action);
      if (next.step.kind !== 'form') return next;
      // The broken rules explain the form's error: they come and go with it.
      return { ...next, step: { ...next.step, rules: action.type === 'failed' ? action.rules : undefined } };
    }
    default:
      return followReducer(state, action);
  }
}
