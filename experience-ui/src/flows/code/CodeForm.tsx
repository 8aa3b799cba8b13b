import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow } from './clock';
import { secondsLeft } from './cooldown';

interface Props {
  /** Where the code went. */
  email: string;
  /**
   * The line saying where the code went (`{{email}}` in it): a sign-in says "if the address has
   * an account", since the server never tells whether it sent one.
   */
  sentKey?: string;
  /** The code itself, from a server in demo mode. */
  demoCode?: string;
  /** When "Resend code" is available again (ms since the epoch); now when unknown. */
  resendAt?: number;
  busy: boolean;
  error?: string;
  retryAfter?: number;
  onVerify: (code: string) => void;
  onResend: () => void;
  onChangeEmail: () => void;
}

const CODE_CODES = new Set([
  'verification_code.mismatch',
  'verification_code.expired',
  'verification_code.too_many_attempts',
  'verification_code.superseded',
  'verification_code.used',
]);

/** The one-time code sent to an address, with a way to get another one. */
export function CodeForm({ email, sentKey = 'code.sentTo', demoCode, resendAt, busy, error, retryAfter, onVerify, onResend, onChangeEmail }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const now = useNow();
  const wait = secondsLeft(resendAt, now);
  const typed = code.replace(/\s+/g, '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !typed) return;
    onVerify(typed);
  }

  return (
    <>
      <p className="subtitle" data-testid="code-sent-to">
        {t(sentKey, { email })}
      </p>
      {demoCode && (
        <p className="notice" data-testid="demo-code">
          {t('code.demo', { code: demoCode })}
        </p>
      )}
      <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
        <ErrorAlert code={error} retryAfter={retryAfter} />
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
            aria-invalid={Boolean(error && CODE_CODES.has(error)) || undefined}
            data-testid="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={busy || !typed} data-testid="verify-code">
          {busy ? t('code.verifying') : t('code.verify')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={busy || wait > 0}
          onClick={onResend}
          data-testid="resend-code"
        >
          {wait > 0 ? t('code.resendIn', { seconds: wait }) : t('code.resend')}
        </button>
      </form>
      <p className="switch">
        <button type="button" className="link-button" onClick={onChangeEmail} disabled={busy} data-testid="change-email">
          {t('code.changeEmail')}
        </button>
      </p>
    </>
  );
}
