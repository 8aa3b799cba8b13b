import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeStepForm } from '../code/CodeStepForm';
import { EmailForm } from '../code/EmailForm';
import { CommonSteps, FlowFrame } from '../CommonSteps';
import { ConnectorButtons } from '../social/ConnectorButtons';
import { CaptchaWidget } from './CaptchaWidget';
import { EmailTaken } from './EmailTaken';
import { InvitationForm } from './InvitationForm';
import { RegisterForm } from './RegisterForm';
import { EMAIL_TAKEN, isFinal } from './state';
import { defaultDeps, SIGN_IN_PATH, useRegister, type RegisterDeps } from './useRegister';

export function RegisterPage({ deps = defaultDeps }: { deps?: RegisterDeps }) {
  const { t } = useTranslation();
  const flow = useRegister(deps);
  const { state, signInInstead } = flow;
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

  let content: ReactNode;
  switch (step.kind) {
    case 'form':
      content = (
        <>
          {step.account?.name && (
            <p className="greeting" data-testid="invited-greeting">
              {t('register.welcome', { name: step.account.name })}
            </p>
          )}
          <p className="subtitle">{t(step.askUsername ? 'register.subtitle' : 'register.choosePassword')}</p>
          <RegisterForm
            askUsername={step.askUsername}
            username={step.username}
            account={step.account}
            busy={step.busy}
            error={step.error}
            retryAfter={step.retryAfter}
            rules={step.rules}
            onSubmit={(username, password) => void flow.register(username, password)}
          />
        </>
      );
      break;
    case 'email':
      content = (
        <>
          <p className="subtitle">{t('register.emailSubtitle')}</p>
          <EmailForm busy={step.busy} error={step.error} retryAfter={step.retryAfter} onSubmit={(email) => void flow.send(email)} />
        </>
      );
      break;
    case 'code':
      content = (
        <CodeStepForm step={step} sent={state.sent} flow={flow} />
      );
      break;
    case 'invitation':
      content = (
        <>
          <p className="subtitle">{t('invitation.subtitle')}</p>
          <InvitationForm
            busy={step.busy}
            error={step.error}
            retryAfter={step.retryAfter}
            onSubmit={(code) => void flow.redeem(code)}
          />
        </>
      );
      break;
    default:
      if (step.kind === 'failed' && step.code === EMAIL_TAKEN) {
        return (
          <FlowFrame step={step} application={application} branding={state.branding} titleKey="register.title">
            <EmailTaken onSignIn={signInInstead} />
          </FlowFrame>
        );
      }
      content = (
        <CommonSteps
          step={step}
          onAllow={flow.allow}
          onDeny={flow.deny}
          onRetry={flow.retry}
          mfa={flow.mfa}
          redirectingKey="register.redirecting"
          retryable={(code) => !isFinal(code)}
          afterFailure={signInLink}
        />
      );
  }

  // Another way to the same account, where the user chooses how to register: an address to
  // prove, or a username and password (after an invitation too); not once a code is on its way.
  const withConnectors = step.kind === 'form' || step.kind === 'email';
  // Not once the steps after the form are under way: consent, or a second factor.
  const withSignInLink = !['loading', 'failed', 'consent', 'redirecting', 'mfa', 'enrollMfa'].includes(step.kind);
  // The captcha is about starting: it shows until the first form, not over the later steps (an
  // address already proved, or invited).
  const withCaptcha =
    step.kind === 'loading' || (step.kind === 'form' && !step.account) || step.kind === 'email' || step.kind === 'invitation';
  return (
    <FlowFrame step={step} application={application} branding={state.branding} titleKey="register.title">
      {state.captcha && withCaptcha && <CaptchaWidget status={state.captcha} />}
      {content}
      {withConnectors && (
        <ConnectorButtons
          connectors={state.connectors ?? []}
          busy={step.busy}
          separator
          onSelect={(connector) => void flow.registerWith(connector)}
        />
      )}
      {withSignInLink && signInLink}
    </FlowFrame>
  );
}
