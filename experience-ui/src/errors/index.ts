import type { TFunction } from 'i18next';

/**
 * Codes whose answer is not an alert next to the form: the expired view, or a new reading of
 * the interaction, which has moved on (or back) under the page, so that its step shows:
 * `reload`, or `reloadAndTell` when the step the user lands on also says why.
 */
export type ErrorHandling = 'expired' | 'reload' | 'reloadAndTell' | 'alert';

const handlers: Record<string, ErrorHandling> = {
  'session.not_found': 'expired',
  // Submit came before the second factor, or before setting one up: the interaction has that step.
  'session.mfa_required': 'reload',
  'session.mfa_enrollment_required': 'reload',
  // The second factor came too late: the server forgot the user, the interaction asks for the password again.
  'session.mfa_expired': 'reloadAndTell',
};

export function errorHandling(code: string): ErrorHandling {
  return handlers[code] ?? 'alert';
}

/** Whether a failure with `code` means reading the interaction again rather than showing it. */
export function reloads(code: string): boolean {
  const handling = errorHandling(code);
  return handling === 'reload' || handling === 'reloadAndTell';
}

export const RATE_LIMITED = 'rate_limit.exceeded';

/**
 * Never shows the server's `message`: only our translation of its stable `code`. A rate limit
 * that says how long to wait (`retryAfter`, seconds) says it to the user too.
 */
export function errorMessage(t: TFunction, code: string, retryAfter?: number): string {
  if (code === RATE_LIMITED && retryAfter !== undefined && retryAfter > 0) {
    return t('error.rate_limit.exceeded_wait', { seconds: retryAfter });
  }
  return t(`error.${code}`, { defaultValue: t('error.generic') });
}
