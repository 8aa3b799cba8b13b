import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Verification } from '../api/accountApi';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';

interface Props {
  idPrefix: string;
  onVerified: (proof: Verification) => void;
  onCancel: () => void;
}

/** The current password, as a proof of identity. */
export function PasswordVerify({ idPrefix, onVerified, onCancel }: Props) {
  const { t } = useTranslation();
  const { api } = useAccount();
  const request = useRequest();
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (request.busy || !password) return;
    const result = await request.run(() => api.verifyPassword(password));
    if (result.ok) onVerified(result.data);
    else setPassword('');
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form" aria-busy={request.busy} noValidate>
      <p className="muted">{t('account.verify.passwordIntro')}</p>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId={`${idPrefix}-verify-error`} />
      <label className="field">
        <span>{t('account.verify.password')}</span>
        <input
          name="current-password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          aria-invalid={request.error === 'account.invalid_password' || undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={request.busy || !password}>
          {request.busy ? t('account.verify.checking') : t('account.verify.confirm')}
        </button>
        <button type="button" className="button button-quiet" disabled={request.busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
