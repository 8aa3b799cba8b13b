import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { guardToken, type AccountApi } from './api/accountApi';
import { accountApi } from './api/client';
import { AccountView } from './AccountView';
import { clearSignedOut, justSignedOut, signInUrl, signOutUrl } from './auth/oidc';
import { forgetReturnTo, rememberReturnTo } from './auth/returnTo';
import { currentToken, forgetToken } from './auth/token';

export interface AccountDeps {
  api: AccountApi;
  /** Leaves the app: to sign in, or to sign out. */
  assign: (url: string) => void;
}

export const defaultDeps: AccountDeps = {
  api: accountApi,
  assign: (url) => window.location.assign(url),
};

type PageState = 'signedIn' | 'signingIn' | 'signedOut' | 'deleted';

function initialState(): PageState {
  if (currentToken()) return 'signedIn';
  return justSignedOut() ? 'signedOut' : 'signingIn';
}

/** `/account`: signs in first (as the client `gatehouse-account`), then shows the account. */
export function AccountPage({ deps = defaultDeps }: { deps?: AccountDeps }) {
  const { t, i18n } = useTranslation();
  const [returnTo] = useState(() => rememberReturnTo());
  const [state, setState] = useState<PageState>(initialState);
  // One authorization request per sign-in: a second one would overwrite the first's secrets.
  const signingIn = useRef(false);

  useEffect(() => {
    if (state !== 'signingIn' || signingIn.current) return;
    signingIn.current = true;
    void signInUrl(returnTo, window.location.origin, i18n.language).then(deps.assign);
  }, [state, returnTo, i18n.language, deps]);

  const signInAgain = useCallback(() => {
    forgetToken();
    setState('signingIn');
  }, []);
  const api = useMemo(() => guardToken(deps.api, signInAgain), [deps.api, signInAgain]);
  const onDeleted = useCallback(() => {
    forgetToken();
    forgetReturnTo();
    setState('deleted');
  }, []);

  switch (state) {
    case 'signingIn':
      return (
        <Card title={t('account.title')}>
          <p className="muted">{t('account.signingIn')}</p>
        </Card>
      );
    case 'signedOut':
      return (
        <Card title={t('account.signedOut.title')}>
          <p data-testid="account-signed-out">{t('account.signedOut.body')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              clearSignedOut();
              setState('signingIn');
            }}
          >
            {t('account.signIn')}
          </button>
        </Card>
      );
    case 'deleted':
      return (
        <Card title={t('account.deleted.title')}>
          <p data-testid="account-deleted">{t('account.deleted.body')}</p>
        </Card>
      );
    case 'signedIn':
      return (
        <Card title={t('account.title')}>
          <AccountView
            api={api}
            returnTo={returnTo}
            onSignOut={() => deps.assign(signOutUrl())}
            onDeleted={onDeleted}
            assign={deps.assign}
          />
        </Card>
      );
  }
}
