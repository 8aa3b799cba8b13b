import type { TFunction } from 'i18next';

/** Codes whose answer is a dedicated screen rather than an alert next to the form. */
export type ErrorHandling = 'expired' | 'alert';

const handlers: Record<string, ErrorHandling> = {
  'session.not_found': 'expired',
};

export function errorHandling(code: string): ErrorHandling {
  return handlers[code] ?? 'alert';
}

/** Never shows the server's `message`: only our translation of its stable `code`. */
export function errorMessage(t: TFunction, code: string): string {
  return t(`error.${code}`, { defaultValue: t('error.generic') });
}
