import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { completeSignIn, type CallbackResult } from './oidc';

function Json({ value, testId, label }: { value: unknown; testId: string; label: string }) {
  return (
    <section className="json">
      <h2>{label}</h2>
      <pre data-testid={testId}>{JSON.stringify(value, null, 2)}</pre>
    </section>
  );
}

export function DemoCallback() {
  const { t } = useTranslation();
  const [result, setResult] = useState<CallbackResult>();

  useEffect(() => {
    let live = true;
    void completeSignIn(window.location.search).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, []);

  const again = (
    <a className="button button-secondary" href="/demo">
      {t('demo.again')}
    </a>
  );

  if (!result) {
    return (
      <Card title={t('demo.title')}>
        <p className="muted">{t('demo.exchanging')}</p>
      </Card>
    );
  }
  if (!result.ok) {
    return (
      <Card title={t('demo.failed')}>
        <div role="alert" className="alert" data-testid="demo-error">
          <p>{t(result.key, { error: result.error })}</p>
          {result.description && <p className="muted">{result.description}</p>}
        </div>
        {again}
      </Card>
    );
  }
  return (
    <Card title={t('demo.signedIn')}>
      <Json label={t('demo.idTokenHeader')} value={result.header} testId="id-token-header" />
      <Json label={t('demo.idTokenClaims')} value={result.claims} testId="id-token-claims" />
      <Json label={t('demo.userinfo')} value={result.userinfo} testId="userinfo" />
      <p className="actions">
        {/* The account pages link back here: the demo client's redirect URI is on this origin. */}
        <a className="button" href={`/account?return_to=${encodeURIComponent(`${window.location.origin}/demo`)}`}>
          {t('demo.manageAccount')}
        </a>
        {again}
      </p>
    </Card>
  );
}
