import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../api/accountApi';
import { useAccount } from '../context';
import { EmailCodeVerify } from './EmailCodeVerify';
import { PasswordVerify } from './PasswordVerify';

interface Props {
  /** Keeps the ids of two verifications on the page apart. */
  idPrefix: string;
  /** The last proof was refused or expired: say why we ask again. */
  expired?: boolean;
  onVerified: (proof: Verification) => void;
  onCancel: () => void;
}

/**
 * "Confirm it's you", before a sensitive action: with the password when the account has one,
 * or with a code sent to its confirmed address.
 */
export function Verify({ idPrefix, expired, onVerified, onCancel }: Props) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const byPassword = account.hasPassword;
  const byCode = account.emailVerified && Boolean(account.email);
  const [method, setMethod] = useState<'password' | 'code'>(byPassword ? 'password' : 'code');

  return (
    <div className="verify" role="group" aria-labelledby={`${idPrefix}-verify-title`} data-testid="verify">
      <h3 id={`${idPrefix}-verify-title`}>{t('account.verify.title')}</h3>
      {expired && (
        <p className="muted" data-testid="verify-again">
          {t('account.verify.again')}
        </p>
      )}
      {!byPassword && !byCode ? (
        <>
          <p data-testid="verify-unavailable">{t('account.verify.unavailable')}</p>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('account.cancel')}
          </button>
        </>
      ) : method === 'password' ? (
        <>
          <PasswordVerify idPrefix={idPrefix} onVerified={onVerified} onCancel={onCancel} />
          {byCode && (
            <p className="switch">
              <button type="button" className="link-button" onClick={() => setMethod('code')}>
                {t('account.verify.useCode')}
              </button>
            </p>
          )}
        </>
      ) : (
        <EmailCodeVerify idPrefix={idPrefix} email={account.email} onVerified={onVerified} onCancel={onCancel} />
      )}
    </div>
  );
}
