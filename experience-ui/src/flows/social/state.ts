import type { ApiFailure } from '../../api/experience';
import type { CallbackOutcome } from './callback';
import type { SocialFlow } from './pending';

/** The screen the callback page is on. */
export type CallbackStep =
  | { kind: 'verifying' }
  /** Verified: the page the flow goes on from replaces this one. */
  | { kind: 'continuing' }
  | { kind: 'failed'; failure: ApiFailure; flow: SocialFlow; back: string; provider?: string };

export type CallbackAction = { type: 'verifying' } | { type: 'outcome'; outcome: CallbackOutcome };

export const initialCallbackStep: CallbackStep = { kind: 'verifying' };

export function callbackReducer(_step: CallbackStep, action: CallbackAction): CallbackStep {
  switch (action.type) {
    case 'verifying':
      return { kind: 'verifying' };
    case 'outcome': {
      const { outcome } = action;
      if (outcome.ok) return { kind: 'continuing' };
      const { failure, flow, back, provider } = outcome;
      return provider === undefined ? { kind: 'failed', failure, flow, back } : { kind: 'failed', failure, flow, back, provider };
    }
  }
}
