import type { MfaFactor, MfaStep, TotpSecret } from '../../api/experience';

interface Form {
  busy: boolean;
  error?: string;
  /** With `error`, the seconds a `rate_limit.exceeded` asks to wait. */
  retryAfter?: number;
}

/** Where the second-factor step is: the factor in use, a code mailed, a backup code accepted. */
export interface MfaProgress {
  factor: MfaFactor;
  /** The verification of the code mailed, once sent. */
  emailVerificationId?: string;
  /** After a backup code: the unused ones left, said before going on. */
  remaining?: number;
}

/** Where an enrolment is: the app's first code accepted, then the backup codes to keep. */
export interface EnrollProgress {
  /** The verification of the accepted first code, kept so that a retry does not need another code. */
  verificationId?: string;
  /** Shown once, until the user says they are saved. */
  backupCodes?: string[];
}

/** A second factor before going on: `rememberBrowser` says whether the checkbox is offered. */
export type MfaFormStep = { kind: 'mfa'; factors: MfaFactor[]; maskedEmail?: string; rememberBrowser: boolean } & MfaProgress &
  Form;

/** An authenticator app to set up before going on. */
export type EnrollFormStep = { kind: 'enrollMfa'; secret: TotpSecret } & EnrollProgress & Form;

export type MfaAction =
  | { type: 'showMfa'; step: MfaStep }
  | { type: 'showEnrollMfa'; secret: TotpSecret }
  /** Also ends the step's request: not busy, no error. */
  | { type: 'mfaProgress'; progress: Partial<MfaProgress> }
  /** Also ends the step's request: not busy, no error. */
  | { type: 'enrollProgress'; progress: EnrollProgress };

/** The app first, then a mailed code; a backup code is the last resort. */
const PREFERENCE: MfaFactor[] = ['totp', 'emailCode', 'backupCode'];

export function defaultFactor(factors: MfaFactor[]): MfaFactor {
  return PREFERENCE.find((factor) => factors.includes(factor)) ?? factors[0] ?? 'totp';
}

type Step = { kind: string } | MfaFormStep | EnrollFormStep;
const idle = { busy: false, error: undefined, retryAfter: undefined };

/** The step after a two-factor action; undefined when the action does not apply to `step`. */
export function mfaStep(step: Step, action: MfaAction): MfaFormStep | EnrollFormStep | undefined {
  switch (action.type) {
    case 'showMfa': {
      const { factors, maskedEmail, rememberBrowser } = action.step;
      // A reload keeps the factor chosen, the code mailed, and the message of a failed attempt.
      const kept = step.kind === 'mfa' && 'factors' in step ? step : undefined;
      const factor = kept && factors.includes(kept.factor) ? kept.factor : defaultFactor(factors);
      return {
        kind: 'mfa',
        factors,
        maskedEmail,
        rememberBrowser,
        factor,
        emailVerificationId: kept?.emailVerificationId,
        busy: false,
        error: kept?.error,
        retryAfter: kept?.retryAfter,
      };
    }
    case 'showEnrollMfa':
      return { kind: 'enrollMfa', secret: action.secret, busy: false };
    case 'mfaProgress':
      return step.kind === 'mfa' && 'factors' in step ? { ...step, ...action.progress, ...idle } : undefined;
    case 'enrollProgress':
      return step.kind === 'enrollMfa' && 'secret' in step ? { ...step, ...action.progress, ...idle } : undefined;
  }
}
