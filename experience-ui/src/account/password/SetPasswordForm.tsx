import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useConfirmedPassword } from '../../components/useConfirmedPassword';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';
import type { SensitiveAction } from '../useSensitiveAction';

interface Props {
  action: SensitiveAction;
  onDone: () => void;
}

/** The new password, typed twice; the broken rules are listed under it as at registration. */
export function SetPasswordForm({ action, onDone }: Props) {
  const { t } = useTranslation();
  const { api, reloadAccount } = useAccount();
  const request = useRequest();
  const { password, setPassword, confirmation, setConfirmation, mismatch, confirmed } = useConfirmedPassword();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (request.busy || !confirmed()) return;
    const proof = action.proofId();
    if (!proof) return;
    const result = await request.run(() => api.setPassword(password, proof));
    if (result.ok) {
      // `hasPassword` may have changed.
      await reloadAccount();
      onDone();
    } else {
      action.refused(result.code);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form" aria-busy={request.busy} noValidate>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="password-error" />
      <NewPasswordFields
        idPrefix="account"
        passwordLabel={t('account.password.new')}
        confirmLabel={t('account.password.confirm')}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        weak={request.error === 'user.weak_password'}
        rules={request.rules}
        mismatch={mismatch}
        autoFocus
      />
      <p className="hint">{t('account.password.othersSignedOut')}</p>
      <div className="actions">
        <button type="submit" className="button" disabled={request.busy || !password || !confirmation}>
          {request.busy ? t('account.saving') : t('account.password.save')}
        </button>
        <button type="button" className="button button-quiet" disabled={request.busy} onClick={action.close}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
