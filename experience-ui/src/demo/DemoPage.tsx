import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { authorizationUrl, clientIdFrom } from './oidc';

export function DemoPage() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const clientId = clientIdFrom(window.location.search);

  async function start() {
    setBusy(true);
    window.location.assign(await authorizationUrl(clientId));
  }

  return (
    <Card title={t('demo.title')}>
      <p className="subtitle">{t('demo.intro')}</p>
      <p className="muted">
        {t('demo.clientId')}: <code data-testid="demo-client-id">{clientId}</code>
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void start()}>
        {t('demo.signIn')}
      </button>
    </Card>
  );
}
