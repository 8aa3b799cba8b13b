import { useTranslation } from 'react-i18next';

/** A server timestamp in the page's language, e.g. "3 Dec 2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A server timestamp's day in the page's language, e.g. "3 Dec 2026". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

export function useFormat() {
  const { i18n } = useTranslation();
  return {
    dateTime: (iso: string) => formatDateTime(iso, i18n.language),
    date: (iso: string) => formatDate(iso, i18n.language),
  };
}
