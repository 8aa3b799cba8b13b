import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { authorizationUrl, clientIdFrom, initiatedByIssuer } from './oidc';

export function DemoPage() {
  const { t } = useTranslation();
  const clientId = clientIdFrom(window.location.search);
  // This page is the demo client's login initiation endpoint (OpenID Connect Core, section 4):
  // sent here by its own issuer (an invitation link), it starts the sign-in at once.
  const [initiated] = useState(() => initiatedByIssuer(window.location.search, window.location.origin));
  const [busy, setBusy] = useState(initiated);

  async function start() {
    setBusy(true);
    window.location.assign(await authorizationUrl(clientId));
  }

  useEffect(() => {
    if (initiated) void authorizationUrl(clientId).then((url) => window.location.assign(url));
  }, [initiated, clientId]);

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
