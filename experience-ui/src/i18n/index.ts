import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { DEFAULT_LANGUAGE, type Language } from './locale';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

function setDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export function initI18n(language: Language) {
  i18n.on('languageChanged', setDocumentLanguage);
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // Error codes contain dots ("session.invalid_credentials"): keys are flat strings.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  setDocumentLanguage(language);
  return i18n;
}

export { i18n };
