import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../context';
import { Success } from '../Section';
import { useSensitiveAction } from '../useSensitiveAction';
import { useResume } from '../verification/useResume';
import { Verify } from '../verification/Verify';
import { SetPasswordForm } from './SetPasswordForm';

/** "Change password", or "Set a password" for an account that has none. */
export function PasswordSection() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const action = useSensitiveAction();
  const [done, setDone] = useState(false);
  const setting = !account.hasPassword;

  function start() {
    setDone(false);
    action.open();
  }
  useResume('password', true, start);

  return (
    <>
      <p className="muted" data-testid="password-status">
        {setting ? t('account.password.none') : t('account.password.set')}
      </p>
      {done && <Success testId="password-saved">{t('account.password.saved')}</Success>}
      {!account.canChange.password ? null : action.stage === 'closed' ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={start}
        >
          {setting ? t('account.password.setOne') : t('account.password.change')}
        </button>
      ) : action.stage === 'verify' ? (
        <Verify
          idPrefix="password"
          expired={action.expired}
          resume={{ section: 'password' }}
          onVerified={action.verified}
          onCancel={action.close}
        />
      ) : (
        <SetPasswordForm
          action={action}
          onDone={() => {
            action.close();
            setDone(true);
          }}
        />
      )}
    </>
  );
}
