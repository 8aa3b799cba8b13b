import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { CommonSteps } from '../CommonSteps';
import { RegisterForm } from './RegisterForm';
import { isFinal } from './state';
import { defaultDeps, SIGN_IN_PATH, useRegister, type RegisterDeps } from './useRegister';

export function RegisterPage({ deps = defaultDeps }: { deps?: RegisterDeps }) {
  const { t } = useTranslation();
  const { state, register, allow, deny, retry, signInInstead } = useRegister(deps);
  const { step, application } = state;

  if (step.kind === 'expired') {
    return (
      <Card title={t('expired.title')}>
        <p data-testid="session-expired">{t('expired.body')}</p>
      </Card>
    );
  }

  function goToSignIn(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    void signInInstead();
  }

  // The way back to signing in, wherever the user could change their mind.
  const signInLink = (
    <p className="switch" data-testid="sign-in-instead">
      {t('register.haveAccount')}{' '}
      <a href={SIGN_IN_PATH} onClick={goToSignIn}>
        {t('register.signIn')}
      </a>
    </p>
  );

  const title =
    step.kind === 'consent'
      ? t('consent.title', { app: step.application.name })
      : application
        ? t('register.title', { app: application.name })
        : t('app.name');
  return (
    <Card title={title}>
      {step.kind === 'form' ? (
        <>
          <p className="subtitle">{t('register.subtitle')}</p>
          <RegisterForm
            username={step.username}
            busy={step.busy}
            error={step.error}
            rules={step.rules}
            onSubmit={(username, password) => void register(username, password)}
          />
          {signInLink}
        </>
      ) : (
        <CommonSteps
          step={step}
          onAllow={allow}
          onDeny={deny}
          onRetry={retry}
          redirectingKey="register.redirecting"
          retryable={(code) => !isFinal(code)}
          afterFailure={signInLink}
        />
      )}
    </Card>
  );
}
