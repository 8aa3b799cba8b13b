import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  busy: boolean;
  error?: string;
  retryAfter?: number;
  onSubmit: (code: string) => void;
}

/** The code of an invitation, on a server where accounts are created by invitation only. */
export function InvitationForm({ busy, error, retryAfter, onSubmit }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !code.trim()) return;
    onSubmit(code.trim());
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} retryAfter={retryAfter} />
      <label className="field">
        <span>{t('invitation.code')}</span>
        <input
          name="invitation"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          aria-invalid={Boolean(error?.startsWith('invitation.')) || undefined}
          data-testid="invitation-code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={busy || !code.trim()} data-testid="redeem-invitation">
        {busy ? t('invitation.redeeming') : t('invitation.redeem')}
      </button>
    </form>
  );
}
