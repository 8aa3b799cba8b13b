import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SUPPORTED_LANGUAGES } from '../../i18n/locale';
import type { AccountUpdate } from '../api/accountApi';
import { useAccount } from '../context';
import { Success } from '../Section';
import { useRequest } from '../useRequest';
import { applyAccountLanguage } from './language';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' };

/** The name and the preferred language, each editable when the server allows it. */
export function ProfileForm() {
  const { t } = useTranslation();
  const { api, account, setAccount } = useAccount();
  const request = useRequest();
  const [name, setName] = useState(account.name ?? '');
  const [locale, setLocale] = useState(account.locale ?? '');
  const [saved, setSaved] = useState(false);
  const { name: nameEditable, locale: localeEditable } = account.canChange;

  const update: AccountUpdate = {};
  if (nameEditable && name.trim() !== (account.name ?? '')) update.name = name.trim();
  if (localeEditable && locale !== (account.locale ?? '')) update.locale = locale;
  const changed = Object.keys(update).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (request.busy || !changed) return;
    setSaved(false);
    const result = await request.run(() => api.updateAccount(update));
    if (result.ok) {
      setAccount(result.data);
      setName(result.data.name ?? '');
      setLocale(result.data.locale ?? '');
      applyAccountLanguage(result.data.locale);
      setSaved(true);
    }
  }

  // A locale the server knows but this app does not ship stays selectable as it is.
  const locales = [...SUPPORTED_LANGUAGES, ...(locale && !SUPPORTED_LANGUAGES.some((l) => l === locale) ? [locale] : [])];

  return (
    <form onSubmit={(e) => void submit(e)} className="form" aria-busy={request.busy} noValidate>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="profile-error" />
      <label className="field">
        <span>{t('account.profile.name')}</span>
        <input
          name="name"
          type="text"
          autoComplete="name"
          readOnly={!nameEditable}
          aria-invalid={request.error === 'account.invalid_name' || undefined}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('account.profile.locale')}</span>
        <select name="locale" disabled={!localeEditable} value={locale} onChange={(e) => setLocale(e.target.value)}>
          <option value="">{t('account.profile.noLocale')}</option>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l] ?? l}
            </option>
          ))}
        </select>
      </label>
      {saved && !changed && <Success testId="profile-saved">{t('account.profile.saved')}</Success>}
      {(nameEditable || localeEditable) && (
        <button type="submit" className="button" disabled={request.busy || !changed}>
          {request.busy ? t('account.saving') : t('account.save')}
        </button>
      )}
    </form>
  );
}
