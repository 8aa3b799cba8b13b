import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { CommonSteps } from '../CommonSteps';
import { PasswordForm } from './PasswordForm';
import { defaultDeps, useSignIn, type SignInDeps } from './useSignIn';

/** The registration page; it starts the registration itself. */
const REGISTER_PATH = '/register';

export function SignInPage({ deps = defaultDeps }: { deps?: SignInDeps }) {
  const { t } = useTranslation();
  const { state, signIn, allow, deny, retry } = useSignIn(deps);
  const { step, application } = state;

  if (step.kind === 'expired') {
    return (
      <Card title={t('expired.title')}>
        <p data-testid="session-expired">{t('expired.body')}</p>
      </Card>
    );
  }

  const title =
    step.kind === 'consent'
      ? t('consent.title', { app: step.application.name })
      : application
        ? t('signIn.title', { app: application.name })
        : t('app.name');
  return (
    <Card title={title}>
      {step.kind === 'password' ? (
        <>
          <p className="subtitle">{t('signIn.subtitle')}</p>
          <PasswordForm
            identifierTypes={step.identifierTypes}
            loginHint={step.loginHint}
            offerRememberMe={state.rememberMeOffered === true}
            rememberMe={step.rememberMe}
            busy={step.busy}
            error={step.error}
            onSubmit={(type, identifier, password, remember) => void signIn(type, identifier, password, remember)}
          />
          {state.signUpEnabled === true && (
            <p className="switch" data-testid="create-account">
              {t('signIn.noAccount')} <a href={REGISTER_PATH}>{t('signIn.createAccount')}</a>
            </p>
          )}
        </>
      ) : (
        <CommonSteps step={step} onAllow={allow} onDeny={deny} onRetry={retry} redirectingKey="signIn.redirecting" />
      )}
    </Card>
  );
}
