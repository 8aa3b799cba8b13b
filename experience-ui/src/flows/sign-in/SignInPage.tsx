import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AppLink } from '../../navigation/AppLink';
import { CodeStepForm } from '../code/CodeStepForm';
import { EmailForm } from '../code/EmailForm';
import { CommonSteps, FlowFrame } from '../CommonSteps';
import { ConnectorButtons } from '../social/ConnectorButtons';
import { IdentityNotLinked } from '../social/IdentityNotLinked';
import { PasswordForm } from './PasswordForm';
import { defaultDeps, REGISTER_PATH, useSignIn, type SignInDeps } from './useSignIn';

/** The password reset page, shown without reloading; it starts the reset itself. */
const FORGOT_PASSWORD_PATH = '/forgot-password';

export function SignInPage({ deps = defaultDeps }: { deps?: SignInDeps }) {
  const { t } = useTranslation();
  const flow = useSignIn(deps);
  const { state, signIn, allow, deny, retry, mfa } = flow;
  const { step, application } = state;
  const connectors = state.connectors ?? [];
  // Until the sign-in experience says otherwise, the password form is what the interaction asks for.
  const local = state.localSignIn !== false;
  // Back to the password form: a new sign-in, which forgets any code under way.
  const passwordInstead = local && (
    <p className="switch">
      <button type="button" className="link-button" onClick={() => void flow.signInAnotherWay()} data-testid="password-instead">
        {t('signIn.withPassword')}
      </button>
    </p>
  );

  switch (step.kind) {
    case 'password':
      return (
        <FlowFrame step={step} application={application} branding={state.branding} titleKey="signIn.title">
          {local ? (
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
            </>
          ) : (
            <>
              <p className="subtitle">{t('social.subtitle')}</p>
              {/* No form to show a failure next to: the buttons have it. */}
              <ErrorAlert code={step.error} />
            </>
          )}
          <ConnectorButtons
            connectors={connectors}
            busy={step.busy}
            separator={local}
            onSelect={(connector) => void flow.signInWith(connector)}
          />
          {state.emailCode === true && (
            <p className="switch">
              <button
                type="button"
                className="link-button"
                onClick={flow.chooseEmailCode}
                disabled={step.busy}
                data-testid="email-code-link"
              >
                {t('signIn.withEmailCode')}
              </button>
            </p>
          )}
          {local && state.passwordResetEnabled === true && (
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
        </FlowFrame>
      );
    case 'email':
      return (
        <FlowFrame step={step} application={application} branding={state.branding} titleKey="signIn.title">
          <p className="subtitle">{t('signIn.emailCodeSubtitle')}</p>
          <EmailForm busy={step.busy} error={step.error} retryAfter={step.retryAfter} onSubmit={(email) => void flow.send(email)} />
          {passwordInstead}
        </FlowFrame>
      );
    case 'code':
      return (
        <FlowFrame step={step} application={application} branding={state.branding} titleKey="signIn.title">
          <CodeStepForm step={step} sent={state.sent} flow={flow} sentKey="signIn.codeSentIfAccount" />
          {passwordInstead}
        </FlowFrame>
      );
    case 'identityNotLinked': {
      const provider = connectors.find((c) => c.id === step.identity.connectorId)?.name ?? step.identity.connectorId;
      return (
        <FlowFrame step={step} application={application} branding={state.branding} titleKey="signIn.title">
          <IdentityNotLinked
            step={step}
            provider={provider}
            identifierTypes={state.identifiers ?? ['username']}
            offerRememberMe={state.rememberMeOffered === true}
            captcha={state.captcha}
            onRegister={() => void flow.registerWithIdentity()}
            onShowLink={flow.showLinkForm}
            onLink={(type, identifier, password, remember) =>
              void signIn(type, identifier, password, remember, step.identity.verificationId)
            }
            onAnotherWay={() => void flow.signInAnotherWay()}
          />
        </FlowFrame>
      );
    }
    default:
      return (
        <FlowFrame step={step} application={application} branding={state.branding} titleKey="signIn.title">
          <CommonSteps step={step} onAllow={allow} onDeny={deny} onRetry={retry} mfa={mfa} redirectingKey="signIn.redirecting" />
        </FlowFrame>
      );
  }
}
