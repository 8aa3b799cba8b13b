import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  busy: boolean;
  error?: string;
  retryAfter?: number;
  onSubmit: (email: string) => void;
  onCancel: () => void;
}

const EMAIL_ERRORS = new Set(['user.invalid_email', 'user.email_taken', 'account.email_unchanged']);

export function NewEmailForm({ busy, error, retryAfter, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !email.trim()) return;
    onSubmit(email.trim());
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} retryAfter={retryAfter} testId="new-email-error" />
      <label className="field">
        <span>{t('account.email.newAddress')}</span>
        <input
          name="email"
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          aria-invalid={Boolean(error && EMAIL_ERRORS.has(error)) || undefined}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !email.trim()}>
          {busy ? t('code.sending') : t('account.email.sendCode')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
