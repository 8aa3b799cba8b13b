import { useTranslation } from 'react-i18next';
import type { AccountApp } from '../api/accountApi';
import { useFormat } from '../format';

interface Props {
  app: AccountApp;
  busy: boolean;
  onWithdraw: () => void;
}

export function AppRow({ app, busy, onWithdraw }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="row" data-testid="app-row">
      <div className="row-main">
        <p className="row-title">
          <span data-testid="app-name">{app.name}</span>
          {app.current && <span className="badge">{t('account.apps.current')}</span>}
        </p>
        {app.scopes.length > 0 && (
          <ul className="tags" aria-label={t('account.apps.scopes')}>
            {app.scopes.map((scope) => (
              <li key={scope} title={scope}>
                {t(`consent.scope.${scope}`, { defaultValue: scope })}
              </li>
            ))}
          </ul>
        )}
        <p className="muted row-detail">{t('account.apps.since', { date: format.date(app.since) })}</p>
      </div>
      {!app.current && (
        <button
          type="button"
          className="button button-quiet row-action"
          aria-label={t('account.apps.removeNamed', { app: app.name })}
          disabled={busy}
          onClick={onWithdraw}
        >
          {t('account.apps.remove')}
        </button>
      )}
    </li>
  );
}
