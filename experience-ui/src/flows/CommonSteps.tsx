import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { ErrorAlert } from '../components/ErrorAlert';
import type { Application, Branding } from './interaction';
import type { MfaActions } from './mfa/actions';
import { EnrollMfa } from './mfa/EnrollMfa';
import { MfaStep } from './mfa/MfaStep';
import { ConsentForm } from './sign-in/ConsentForm';
import type { CommonStep } from './steps';

interface FrameProps {
  step: { kind: string } | CommonStep;
  application?: Application;
  branding?: Branding;
  /** The page's title key, given `app`: "Sign in to {{app}}", "Create your account for {{app}}". */
  titleKey: string;
  children: ReactNode;
}

/** Every flow's page: the expired view instead of anything else, or a card titled for the step. */
export function FlowFrame({ step, application, branding, titleKey, children }: FrameProps) {
  const { t } = useTranslation();
  if (step.kind === 'expired') {
    return (
      <Card title={t('expired.title')}>
        <p data-testid="session-expired">{t('expired.body')}</p>
      </Card>
    );
  }
  // Only the consent step carries an application of its own.
  const consent = step.kind === 'consent' && 'application' in step ? step : undefined;
  const title = consent
    ? t('consent.title', { app: consent.application.name })
    : application
      ? t(titleKey, { app: branding?.displayName ?? application.name })
      : t('app.name');
  return (
    <Card title={title} branding={branding}>
      {children}
    </Card>
  );
}

interface Props {
  step: CommonStep;
  onAllow: () => Promise<void>;
  onDeny: () => Promise<void>;
  onRetry: () => void;
  /** The second-factor steps' actions. */
  mfa: MfaActions;
  /** The message key for the page's own redirect, once the interaction is done. */
  redirectingKey: string;
  /** Whether trying again may help after this failure; some refusals are final. */
  retryable?: (code: string) => boolean;
  /** What the page shows under a failure, besides the error and "Try again". */
  afterFailure?: ReactNode;
}

/** The steps that look the same on every flow's page. */
export function CommonSteps({
  step,
  onAllow,
  onDeny,
  onRetry,
  mfa,
  redirectingKey,
  retryable = () => true,
  afterFailure,
}: Props) {
  const { t } = useTranslation();
  switch (step.kind) {
    // FlowFrame shows the expired view instead of the page.
    case 'expired':
      return null;
    case 'consent':
      return (
        <ConsentForm
          scopes={step.scopes}
          busy={step.busy}
          error={step.error}
          onAllow={() => void onAllow()}
          onDeny={() => void onDeny()}
        />
      );
    case 'mfa':
      return <MfaStep step={step} actions={mfa} />;
    case 'enrollMfa':
      return <EnrollMfa step={step} actions={mfa} />;
    case 'loading':
      return <p className="muted">{t('app.loading')}</p>;
    case 'redirecting':
      return <p className="muted">{step.denied ? t('consent.denied') : t(redirectingKey)}</p>;
    case 'failed':
      return (
        <>
          <ErrorAlert code={step.code} retryAfter={step.retryAfter} />
          {retryable(step.code) && (
            <button type="button" className="button" onClick={onRetry}>
              {t('signIn.retry')}
            </button>
          )}
          {afterFailure}
        </>
      );
  }
}
