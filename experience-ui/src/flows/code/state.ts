import { resendAt } from './cooldown';

/** The last code sent (or refused) in this page, which the interaction itself does not tell. */
export interface SentCode {
  email: string;
  /** The verification of the last code sent, absent after a refusal. */
  verificationId?: string;
  /** The code itself, only from a server in demo mode. */
  demoCode?: string;
  /** When "Resend code" is available again (ms since the epoch). */
  resendAt: number;
}

/** Asking the address a code goes to. */
export interface EmailStep {
  kind: 'email';
  busy: boolean;
  error?: string;
  retryAfter?: number;
}

/** Asking the code sent to `email`. */
export interface CodeStep {
  kind: 'code';
  email: string;
  verificationId: string;
  busy: boolean;
  error?: string;
  retryAfter?: number;
}

export type CodeAction =
  | { type: 'showEmail' }
  | { type: 'showCode'; email: string; verificationId: string }
  /** `now`: when it was sent, which starts the cooldown. */
  | { type: 'codeSent'; email: string; verificationId: string; demoCode?: string; now: number }
  /** The server refused to send (429): no resend before `retryAfter` seconds. */
  | { type: 'sendRefused'; email: string; retryAfter: number; now: number };

/** The email step; the message of a failed attempt stays when the interaction is read again. */
export function emailStep(previous: { kind: string }): EmailStep {
  const kept = previous.kind === 'email' ? (previous as EmailStep) : undefined;
  return { kind: 'email', busy: false, error: kept?.error, retryAfter: kept?.retryAfter };
}

/** The code step; its message stays only for the same code. */
export function codeStep(previous: { kind: string }, email: string, verificationId: string): CodeStep {
  const kept =
    previous.kind === 'code' && (previous as CodeStep).verificationId === verificationId ? (previous as CodeStep) : undefined;
  return { kind: 'code', email, verificationId, busy: false, error: kept?.error, retryAfter: kept?.retryAfter };
}

/** What the page remembers of the codes it sent. */
export function sentCode(
  sent: SentCode | undefined,
  action: Extract<CodeAction, { type: 'codeSent' | 'sendRefused' }>,
): SentCode {
  if (action.type === 'codeSent') {
    const { email, verificationId, demoCode, now } = action;
    return demoCode === undefined
      ? { email, verificationId, resendAt: resendAt(now) }
      : { email, verificationId, demoCode, resendAt: resendAt(now) };
  }
  // A refusal keeps what the last code to the same address was.
  const same = sent?.email === action.email ? sent : { email: action.email };
  return { ...same, resendAt: resendAt(action.now, action.retryAfter) };
}

/** What the code step shows of the last send: the demo code of this very code, the cooldown of this address. */
export function sentFor(sent: SentCode | undefined, step: CodeStep): { demoCode?: string; resendAt?: number } {
  if (!sent || sent.email !== step.email) return {};
  return {
    demoCode: sent.verificationId === step.verificationId ? sent.demoCode : undefined,
    resendAt: sent.resendAt,
  };
}
