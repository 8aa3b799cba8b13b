import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { replaceInApp } from '../navigation';
import { ACCOUNT_PATH, completeSignIn, signInUrl, type CallbackResult } from './auth/oidc';
import { rememberReturnTo } from './auth/returnTo';

type Failure = Extract<CallbackResult, { ok: false }>;

interface Props {
  /** Leaves the app to sign in again. */
  assign?: (url: string) => void;
}

function failureKey(failure: Failure): string {
  if (failure.reason !== 'oauth') return `account.callback.${failure.reason}`;
  return failure.error === 'access_denied' ? 'account.callback.access_denied' : 'account.callback.oauth';
}

/** `/account/callback`: trades the code for tokens, then shows the account page. */
export function AccountCallback({ assign = (url) => window.location.assign(url) }: Props) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void completeSignIn(window.location.search).then((result) => {
      if (!live) return;
      // Back in place of the callback: "back" must not replay a used code.
      if (result.ok) replaceInApp(ACCOUNT_PATH);
      else setFailure(result);
    });
    return () => {
      live = false;
    };
  }, []);

  async function retry() {
    setBusy(true);
    assign(await signInUrl(rememberReturnTo(''), window.location.origin, i18n.language));
  }

  if (!failure) {
    return (
      <Card title={t('account.title')}>
        <p className="muted">{t('account.signingIn')}</p>
      </Card>
    );
  }
  return (
    <Card title={t('account.callback.title')}>
      <div role="alert" className="alert" data-testid="account-callback-error">
        <p>{t(failureKey(failure), { error: failure.error })}</p>
      </div>
      <button type="button" className="button" disabled={busy} onClick={() => void retry()}>
        {t('signIn.retry')}
      </button>
    </Card>
  );
}
