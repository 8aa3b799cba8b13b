import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../api/experience';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Verification } from '../api/accountApi';
import { useAccount } from '../context';
import { EmailCodeVerify } from './EmailCodeVerify';
import { PasswordVerify } from './PasswordVerify';
import type { ResumeAction } from './resume';
import { verifyingProviders } from './social';
import { SocialVerify } from './SocialVerify';

interface Props {
  /** Keeps the ids of two verifications on the page apart. */
  idPrefix: string;
  /** The last proof was refused or expired: say why we ask again. */
  expired?: boolean;
  /**
   * The action the verification is for, taken up again when the user comes back from a
   * provider; without it, the page comes back with the proof only.
   */
  resume?: ResumeAction;
  onVerified: (proof: Verification) => void;
  onCancel: () => void;
}

/** The providers the account can prove identity with; undefined while they are read. */
function useVerifyingProviders() {
  const { api } = useAccount();
  const [found, setFound] = useState<{ providers: readonly Connector[]; error?: string }>();

  useEffect(() => {
    let live = true;
    void api.listIdentities().then((result) => {
      if (!live) return;
      setFound(result.ok ? { providers: verifyingProviders(result.data) } : { providers: [], error: result.code });
    });
    return () => {
      live = false;
    };
  }, [api]);
  return found;
}

/**
 * "Confirm it's you", before a sensitive action: with the password when the account has one,
 * or with a code sent to its confirmed address, or by signing in again at a provider the
 * account has an identity of.
 */
export function Verify({ idPrefix, expired, resume, onVerified, onCancel }: Props) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const byPassword = account.hasPassword;
  const byCode = account.emailVerified && Boolean(account.email);
  const [method, setMethod] = useState<'password' | 'code'>(byPassword ? 'password' : 'code');
  const linked = useVerifyingProviders();
  const providers = linked?.providers ?? [];
  const social = providers.length > 0 && <SocialVerify idPrefix={idPrefix} providers={providers} resume={resume} />;
  const cancel = (
    <div className="actions">
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {t('account.cancel')}
      </button>
    </div>
  );

  let body: React.ReactNode;
  if (byPassword || byCode) {
    body = (
      <>
        {method === 'password' ? (
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
        {social && (
          <>
            <p className="separator">
              <span>{t('social.or')}</span>
            </p>
            {social}
          </>
        )}
      </>
    );
  } else if (!linked) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (social) {
    body = (
      <>
        <p className="muted">{t('account.verify.socialIntro')}</p>
        {social}
        {cancel}
      </>
    );
  } else {
    body = (
      <>
        {linked.error ? (
          <ErrorAlert code={linked.error} testId={`${idPrefix}-verify-error`} />
        ) : (
          <p data-testid="verify-unavailable">{t('account.verify.unavailable')}</p>
        )}
        {cancel}
      </>
    );
  }

  return (
    <div className="verify" role="group" aria-labelledby={`${idPrefix}-verify-title`} data-testid="verify">
      <h3 id={`${idPrefix}-verify-title`}>{t('account.verify.title')}</h3>
      {expired && (
        <p className="muted" data-testid="verify-again">
          {t('account.verify.again')}
        </p>
      )}
      {body}
    </div>
  );
}
