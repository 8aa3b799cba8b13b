import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useConfirmedPassword } from '../../components/useConfirmedPassword';

interface Props {
  busy: boolean;
  error?: string;
  retryAfter?: number;
  /** The password rules the last attempt broke. */
  rules?: string[];
  onSubmit: (password: string) => void;
}

/** The new password of a reset, typed twice. */
export function NewPasswordForm({ busy, error, retryAfter, rules, onSubmit }: Props) {
  const { t } = useTranslation();
  const { password, setPassword, confirmation, setConfirmation, mismatch, confirmed } = useConfirmedPassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !confirmed()) return;
    onSubmit(password);
  }

  return (
    <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
      <ErrorAlert code={error} retryAfter={retryAfter} />
      <NewPasswordFields
        idPrefix="reset"
        passwordLabel={t('reset.newPassword')}
        confirmLabel={t('reset.confirmNewPassword')}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        weak={error === 'user.weak_password'}
        rules={rules}
        mismatch={mismatch}
        autoFocus
        passwordTestId="new-password-input"
        confirmTestId="confirm-password-input"
      />
      <button
        type="submit"
        className="button"
        disabled={busy || !password || !confirmation}
        data-testid="reset-password-submit"
      >
        {busy ? t('reset.submitting') : t('reset.submit')}
      </button>
    </form>
  );
}
