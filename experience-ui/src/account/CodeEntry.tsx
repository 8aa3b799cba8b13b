import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';

interface Props {
  /** Keeps the ids of two forms on the page apart. */
  idPrefix: string;
  /** Where the code went, if the page knows the address. */
  sentTo?: string | null;
  busy: boolean;
  error?: string;
  retryAfter?: number;
  onVerify: (code: string) => void;
  onResend: () => void;
  onCancel: () => void;
}

const CODE_ERRORS = new Set([
  'verification_code.mismatch',
  'verification_code.expired',
  'verification_code.too_many_attempts',
  'verification_code.superseded',
  'verification_code.used',
]);

/** The 6-digit code an email carried, with a way to get another one. */
export function CodeEntry({ idPrefix, sentTo, busy, error, retryAfter, onVerify, onResend, onCancel }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const typed = code.replace(/\s+/g, '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !typed) return;
    onVerify(typed);
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <p className="muted" data-testid="code-sent-to">
        {sentTo ? t('code.sentTo', { email: sentTo }) : t('account.code.sent')}
      </p>
      <ErrorAlert code={error} retryAfter={retryAfter} testId={`${idPrefix}-error`} />
      <label className="field">
        <span>{t('code.code')}</span>
        <input
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          spellCheck={false}
          required
          autoFocus
          aria-invalid={Boolean(error && CODE_ERRORS.has(error)) || undefined}
          data-testid={`${idPrefix}-code`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !typed}>
          {busy ? t('code.verifying') : t('code.verify')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onResend}>
          {t('code.resend')}
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
