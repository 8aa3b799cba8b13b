import { useTranslation } from 'react-i18next';
import { AppLink } from '../../navigation/AppLink';
import { CommonSteps, FlowFrame } from '../CommonSteps';
import { PasswordForm } from './PasswordForm';
import { defaultDeps, useSignIn, type SignInDeps } from './useSignIn';

/** The registration page; it starts the registration itself. */
const REGISTER_PATH = '/register';
/** The password reset page, shown without reloading; it starts the reset itself. */
const FORGOT_PASSWORD_PATH = '/forgot-password';

export function SignInPage({ deps = defaultDeps }: { deps?: SignInDeps }) {
  const { t } = useTranslation();
  const { state, signIn, allow, deny, retry, mfa } = useSignIn(deps);
  const { step, application } = state;

  return (
    <FlowFrame step={step} application={application} titleKey="signIn.title">
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
          {state.passwordResetEnabled === true && (
            <p className="switch">
              <AppLink to={FORGOT_PASSWORD_PATH} testId="forgot-password-link">
                {t('signIn.forgotPassword')}
              </AppLink>
            </p>
          )}
          {state.signUpEnabled === true && (
            <p className="switch" data-testid="create-account">
              {t('signIn.noAccount')} <a href={REGISTER_PATH}>{t('signIn.createAccount')}</a>
            </p>
          )}
        </>
      ) : (
        <CommonSteps
          step={step}
          onAllow={allow}
          onDeny={deny}
          onRetry={retry}
          mfa={mfa}
          redirectingKey="signIn.redirecting"
        />
      )}
    </FlowFrame>
  );
}
