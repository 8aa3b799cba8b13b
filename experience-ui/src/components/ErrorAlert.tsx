import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

/** `retryAfter`: the seconds a `rate_limit.exceeded` asks to wait, said in the message. */
export function ErrorAlert({ code, retryAfter, testId = 'error-alert' }: { code?: string; retryAfter?: number; testId?: string }) {
  const { t } = useTranslation();
  // The region stays mounted so screen readers announce the message when it appears.
  return (
    <div role="alert" className={code ? 'alert' : 'alert alert-empty'} data-testid={testId}>
      {code ? errorMessage(t, code, retryAfter) : null}
    </div>
  );
}
