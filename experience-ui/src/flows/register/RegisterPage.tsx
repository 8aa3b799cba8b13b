import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CommonSteps, FlowFrame } from '../CommonSteps';
import { RegisterForm } from './RegisterForm';
import { isFinal } from './state';
import { defaultDeps, SIGN_IN_PATH, useRegister, type RegisterDeps } from './useRegister';

export function RegisterPage({ deps = defaultDeps }: { deps?: RegisterDeps }) {
  const { t } = useTranslation();
  const { state, register, allow, deny, retry, signInInstead } = useRegister(deps);
  const { step, application } = state;

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

  return (
    <FlowFrame step={step} application={application} titleKey="register.title">
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
    </FlowFrame>
  );
}
