import type { TFunction } from 'i18next';

/** Codes whose answer is a dedicated screen rather than an alert next to the form. */
export type ErrorHandling = 'expired' | 'alert';

const handlers: Record<string, ErrorHandling> = {
  'session.not_found': 'expired',
};

export function errorHandling(code: string): ErrorHandling {
  return handlers[code] ?? 'alert';
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
