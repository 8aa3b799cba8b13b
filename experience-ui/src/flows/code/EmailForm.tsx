import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  busy: boolean;
  error?: string;
  retryAfter?: number;
  onSubmit: (email: string) => void;
}

/** The address a one-time code goes to. */
export function EmailForm({ busy, error, retryAfter, onSubmit }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !email.trim()) return;
    onSubmit(email.trim());
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} retryAfter={retryAfter} />
      <label className="field">
        <span>{t('code.email')}</span>
        <input
          name="email"
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          aria-invalid={error === 'user.invalid_email' || undefined}
          data-testid="email-input"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={busy || !email.trim()} data-testid="send-code">
        {busy ? t('code.sending') : t('code.send')}
      </button>
    </form>
  );
}
