import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAccount } from '../context';
import { Success } from '../Section';
import { useRequest } from '../useRequest';
import { AppRow } from './AppRow';

/** The applications with access to the account; each but this one can lose it. */
export function AppsSection() {
  const { t } = useTranslation();
  const { api, apps, appsError, setApps } = useAccount();
  const request = useRequest();
  const [removed, setRemoved] = useState<string>();

  async function withdraw(clientId: string, name: string) {
    setRemoved(undefined);
    const result = await request.run(() => api.withdrawApp(clientId));
    // Gone already is as good as withdrawn.
    if (result.ok || result.code === 'application.not_found') {
      if (!result.ok) request.clear();
      setApps((apps ?? []).filter((a) => a.clientId !== clientId));
      setRemoved(name);
    }
  }

  if (appsError) return <ErrorAlert code={appsError} testId="apps-error" />;
  if (!apps) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="apps-error" />
      {removed && <Success testId="app-removed">{t('account.apps.removed', { app: removed })}</Success>}
      {apps.length === 0 ? (
        <p className="muted">{t('account.apps.none')}</p>
      ) : (
        <ul className="rows">
          {apps.map((app) => (
            <AppRow
              key={app.clientId}
              app={app}
              busy={request.busy}
              onWithdraw={() => void withdraw(app.clientId, app.name)}
            />
          ))}
        </ul>
      )}
    </>
  );
}
