import { codeStep, emailStep, sentCode, type CodeAction, type CodeStep, type EmailStep, type SentCode } from '../code/state';
import type { Application, Branding, FollowAction } from '../interaction';
import { followReducer, type CommonStep } from '../steps';

/** The screen the password reset is on: the address, its code, then the new password. */
export type ResetStep =
  | EmailStep
  | CodeStep
  | {
      kind: 'password';
      busy: boolean;
      error?: string;
      retryAfter?: number;
      /** The password rules the last attempt broke, each a code to translate (`error.<rule>`). */
      rules?: string[];
    }
  | CommonStep;

export interface ResetState {
  application?: Application;
  branding?: Branding;
  sent?: SentCode;
  step: ResetStep;
}

export type ResetAction = FollowAction | CodeAction | { type: 'showNewPassword' } | { type: 'changeEmail' };

export const initialState: ResetState = { step: { kind: 'loading' } };

/** Codes after which trying again cannot help: the page offers only the way back to sign-in. */
const FINAL_CODES = new Set(['session.password_reset_disabled']);

export function isFinal(code: string): boolean {
  return FINAL_CODES.has(code);
}

export function resetReducer(state: ResetState, action: ResetAction): ResetState {
  const { step } = state;
  switch (action.type) {
    case 'showEmail':
      return { ...state, step: emailStep(step) };
    case 'showCode':
      return { ...state, step: codeStep(step, action.email, action.verificationId) };
    case 'changeEmail':
      return step.kind === 'code' ? { ...state, step: emailStep({ kind: 'code' }) } : state;
    case 'showNewPassword': {
      const kept = step.kind === 'password' ? { error: step.error, retryAfter: step.retryAfter, rules: step.rules } : {};
      return { ...state, step: { kind: 'password', busy: false, ...kept } };
    }
    case 'codeSent':
    case 'sendRefused':
      return { ...state, sent: sentCode(state.sent, action) };
    case 'busy':
    case 'failed': {
      const next = followReducer(state, action);
      if (next.step.kind !== 'password') return next;
      // The broken rules explain the form's error: they come and go with it.
      return { ...next, step: { ...next.step, rules: action.type === 'failed' ? action.rules : undefined } };
    }
    default:
      return followReducer(state, action);
  }
}
