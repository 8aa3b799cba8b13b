import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { ConsentForm } from './sign-in/ConsentForm';
import type { CommonStep } from './steps';

interface Props {
  /** The expired session is not here: it replaces the whole page. */
  step: Exclude<CommonStep, { kind: 'expired' }>;
  onAllow: () => Promise<void>;
  onDeny: () => Promise<void>;
  onRetry: () => void;
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
  redirectingKey,
  retryable = () => true,
  afterFailure,
}: Props) {
  const { t } = useTranslation();
  switch (step.kind) {
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
    case 'loading':
      return <p className="muted">{t('app.loading')}</p>;
    case 'redirecting':
      return <p className="muted">{step.denied ? t('consent.denied') : t(redirectingKey)}</p>;
    case 'failed':
      return (
        <>
          <ErrorAlert code={step.code} />
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
