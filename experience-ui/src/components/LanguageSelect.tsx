import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../i18n/locale';

const names: Record<string, string> = { en: 'English', fr: 'Français' };

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {names[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
