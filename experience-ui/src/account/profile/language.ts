import { i18n } from '../../i18n';
import { SUPPORTED_LANGUAGES } from '../../i18n/locale';

/** Shows the pages in the account's language, when it is one this app ships. */
export function applyAccountLanguage(locale: string | null | undefined) {
  const language = SUPPORTED_LANGUAGES.find((l) => l === locale?.toLowerCase().split('-')[0]);
  if (language && i18n.language !== language) void i18n.changeLanguage(language);
}
