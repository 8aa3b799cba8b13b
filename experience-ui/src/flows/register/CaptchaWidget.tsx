import { useTranslation } from 'react-i18next';
import type { CaptchaStatus } from './start';

/** Says that the page is proving it is not a robot, then that it did. */
export function CaptchaWidget({ status }: { status: CaptchaStatus }) {
  const { t } = useTranslation();
  return (
    <p className={`captcha captcha-${status}`} role="status" data-testid="captcha">
      <span className="captcha-mark" aria-hidden="true">
        {status === 'verified' ? '✓' : ''}
      </span>
      {status === 'verified' ? t('captcha.verified') : t('captcha.solving')}
    </p>
  );
}
