import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../navigation/AppLink';
import { CodeStepForm } from '../code/CodeStepForm';
import { EmailForm } from '../code/EmailForm';
import { CommonSteps, FlowFrame } from '../CommonSteps';
import { NewPasswordForm } from './NewPasswordForm';
import { isFinal } from './state';
import { defaultDeps, useForgotPassword, type ResetDeps } from './useForgotPassword';

export const SIGN_IN_PATH = '/sign-in';

export function ForgotPasswordPage({ deps = defaultDeps }: { deps?: ResetDeps }) {
  const { t } = useTranslation();
  const flow = useForgotPassword(deps);
  const { state } = flow;
  const { step, application } = state;

  // The sign-in page starts its own event again: nothing is lost by going back.
  const backLink = (
    <p className="switch">
      <AppLink to={SIGN_IN_PATH} testId="back-to-sign-in">
        {t('reset.backToSignIn')}
      </AppLink>
    </p>
  );

  let content: ReactNode;
  switch (step.kind) {
    case 'email':
      content = (
        <>
          <p className="subtitle">{t('reset.subtitle')}</p>
          <EmailForm busy={step.busy} error={step.error} retryAfter={step.retryAfter} onSubmit={(email) => void flow.send(email)} />
          {backLink}
        </>
      );
      break;
    case 'code':
      content = (
        <>
          <CodeStepForm step={step} sent={state.sent} flow={flow} />
          {backLink}
        </>
      );
      break;
    case 'password':
      content = (
        <>
          <p className="subtitle">{t('reset.passwordSubtitle')}</p>
          <NewPasswordForm
            busy={step.busy}
            error={step.error}
            retryAfter={step.retryAfter}
            rules={step.rules}
            onSubmit={(password) => void flow.reset(password)}
          />
        </>
      );
      break;
    default:
      content = (
        <CommonSteps
          step={step}
          onAllow={flow.allow}
          onDeny={flow.deny}
          onRetry={flow.retry}
          mfa={flow.mfa}
          redirectingKey="reset.redirecting"
          retryable={(code) => !isFinal(code)}
          afterFailure={backLink}
        />
      );
  }

  return (
    <FlowFrame step={step} application={application} branding={state.branding} titleKey="reset.title">
      {content}
    </FlowFrame>
  );
}
