import { useTranslation } from 'react-i18next';
import { backLink } from './auth/returnTo';
import { useAccount } from './context';

interface Props {
  /** The page's `return_to`, checked against the applications' origins before it is linked. */
  returnTo?: string;
  onSignOut: () => void;
}

/** Who is signed in, the way back to the application that sent them, and "Sign out". */
export function AccountHeader({ returnTo, onSignOut }: Props) {
  const { t } = useTranslation();
  const { account, apps } = useAccount();
  const back = backLink(returnTo, apps ?? []);
  const shownName = account.name || account.username || account.email || t('account.anonymous');
  const secondary = account.name ? (account.username ?? account.email) : undefined;

  return (
    <header className="account-header">
      <div>
        <p className="greeting" data-testid="account-user">
          {shownName}
        </p>
        {secondary && <p className="muted account-secondary">{secondary}</p>}
      </div>
      <div className="account-header-actions">
        {back && (
          <a className="button button-quiet" href={back.url} data-testid="back-to-app">
            {t('account.backTo', { app: back.appName })}
          </a>
        )}
        <button type="button" className="button button-quiet" onClick={onSignOut} data-testid="sign-out">
          {t('account.signOut')}
        </button>
      </div>
    </header>
  );
}
