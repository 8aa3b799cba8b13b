import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../context';
import { Success } from '../Section';
import { ChangeEmail } from './ChangeEmail';
import { ConfirmEmail } from './ConfirmEmail';

/** The address, whether it is confirmed, and the ways to confirm or change it. */
export function EmailSection() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const [done, setDone] = useState<string>();

  return (
    <>
      {account.email ? (
        <dl className="facts">
          <dt>{t('account.email.address')}</dt>
          <dd>
            <span data-testid="account-email-address">{account.email}</span>{' '}
            <span className={account.emailVerified ? 'badge' : 'badge badge-warning'} data-testid="email-status">
              {account.emailVerified ? t('account.email.confirmed') : t('account.email.unconfirmed')}
            </span>
          </dd>
        </dl>
      ) : (
        <p className="muted" data-testid="account-email-address">
          {t('account.email.none')}
        </p>
      )}
      {done && <Success testId="email-success">{done}</Success>}
      {account.email && !account.emailVerified && (
        <ConfirmEmail onConfirmed={() => setDone(t('account.email.confirmedNow'))} onStart={() => setDone(undefined)} />
      )}
      {account.canChange.email && (
        <ChangeEmail
          onChanged={(email) => setDone(t('account.email.changed', { email }))}
          onStart={() => setDone(undefined)}
        />
      )}
    </>
  );
}
