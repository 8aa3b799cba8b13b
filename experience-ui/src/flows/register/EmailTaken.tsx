import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AppLink } from '../../navigation/AppLink';
import { EMAIL_TAKEN } from './state';
import { SIGN_IN_PATH } from './useRegister';

export const FORGOT_PASSWORD_PATH = '/forgot-password';

/** The proved address already has an account: signing in to it, or resetting its password. */
export function EmailTaken({ onSignIn }: { onSignIn: () => Promise<void> }) {
  const { t } = useTranslation();
  function signIn(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    void onSignIn();
  }
  return (
    <div data-testid="email-taken">
      <ErrorAlert code={EMAIL_TAKEN} />
      <p className="switch">
        <a href={SIGN_IN_PATH} onClick={signIn}>
          {t('register.signIn')}
        </a>
        <span aria-hidden="true"> · </span>
        <AppLink to={FORGOT_PASSWORD_PATH}>{t('signIn.forgotPassword')}</AppLink>
      </p>
    </div>
  );
}
