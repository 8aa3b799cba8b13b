import { errorHandling } from '../errors';
import type { Application, Branding, FollowAction } from './interaction';
import { mfaStep, type EnrollFormStep, type MfaFormStep } from './mfa/state';

/** The steps every flow goes through besides its own form; `follow` and the consent buttons lead to them. */
export type CommonStep =
  | { kind: 'loading' }
  | {
      kind: 'consent';
      application: Application;
      scopes: string[];
      busy: boolean;
      error?: string;
    }
  /** A second factor, or setting one up, before going on: any flow may meet them. */
  | MfaFormStep
  | EnrollFormStep
  | { kind: 'redirecting'; denied?: true }
  | { kind: 'expired' }
  /** `retryAfter`: the seconds a `rate_limit.exceeded` asks to wait. */
  | { kind: 'failed'; code: string; retryAfter?: number };

/** A step the user acts on: the flow's own form, or consent. */
interface FormStep {
  kind: string;
  busy: boolean;
  error?: string;
  /** With `error`, the seconds a `rate_limit.exceeded` asks to wait. */
  retryAfter?: number;
}

export interface FlowState {
  application?: Application;
  branding?: Branding;
  step: FormStep | CommonStep;
}

function isForm(step: FlowState['step']): step is FormStep {
  return 'busy' in step;
}

/** What every flow does with a `FollowAction`; a flow's own form takes part as any form does. */
export function followReducer<S extends FlowState>(state: S, action: FollowAction): S {
  const step: FlowState['step'] = state.step;
  switch (action.type) {
    case 'loading':
      return { ...state, step: { kind: 'loading' } };
    case 'application':
      return { ...state, application: action.application };
    case 'branding':
      return { ...state, branding: action.branding };
    case 'showConsent':
      return {
        ...state,
        step: {
          kind: 'consent',
          application: action.application,
          scopes: action.scopes,
          busy: false,
          // A reload after a failed attempt keeps the message visible.
          error: step.kind === 'consent' ? step.error : undefined,
        },
      };
    case 'busy':
      return isForm(step) ? { ...state, step: { ...step, busy: true, error: undefined, retryAfter: undefined } } : state;
    case 'showMfa':
    case 'showEnrollMfa':
    case 'mfaProgress':
    case 'enrollProgress': {
      const next = mfaStep(step, action);
      return next ? { ...state, step: next } : state;
    }
    case 'failed': {
      if (errorHandling(action.code) === 'expired') return { ...state, step: { kind: 'expired' } };
      const { code, retryAfter } = action;
      // On a form the error is shown next to it, so the user can correct and retry.
      if (isForm(step)) return { ...state, step: { ...step, busy: false, error: code, retryAfter } };
      return { ...state, step: retryAfter === undefined ? { kind: 'failed', code } : { kind: 'failed', code, retryAfter } };
    }
    case 'redirecting':
      return { ...state, step: action.denied ? { kind: 'redirecting', denied: true } : { kind: 'redirecting' } };
  }
}
