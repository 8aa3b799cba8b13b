import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

export function ErrorAlert({ code }: { code?: string }) {
  const { t } = useTranslation();
  // The region stays mounted so screen readers announce the message when it appears.
  return (
    <div role="alert" className={code ? 'alert' : 'alert alert-empty'} data-testid="error-alert">
      {code ? errorMessage(t, code) : null}
    </div>
  );
}
