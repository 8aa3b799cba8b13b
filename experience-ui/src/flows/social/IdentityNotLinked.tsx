import { useTranslation } from 'react-i18next';
import type { IdentifierType } from '../../api/experience';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CaptchaWidget } from '../register/CaptchaWidget';
import type { CaptchaStatus } from '../register/start';
import { PasswordForm } from '../sign-in/PasswordForm';
import type { SignInStep } from '../sign-in/state';

type Step = Extract<SignInStep, { kind: 'identityNotLinked' }>;

interface Props {
  step: Step;
  /** The provider's display name. */
  provider: string;
  /** What the existing account signs in with. */
  identifierTypes: IdentifierType[];
  offerRememberMe: boolean;
  /** The captcha a registration may need, while it is solved. */
  captcha?: CaptchaStatus;
  onRegister: () => void;
  onShowLink: (open: boolean) => void;
  onLink: (type: IdentifierType, identifier: string, password: string, remember: boolean) => void;
  onAnotherWay: () => void;
}

/** Who the provider says the user is: "Ann (ann@example.com)", or what is known of it. */
function who({ name, email }: Step['identity']): string | undefined {
  if (name && email) return `${name} (${email})`;
  return name ?? email ?? undefined;
}

/**
 * The provider proved an identity that no account has: a new account with it, or the password
 * of an existing account, which the identity is then linked to. Nothing is linked otherwise.
 */
export function IdentityNotLinked({ step, provider, identifierTypes, offerRememberMe, captcha, onRegister, onShowLink, onLink, onAnotherWay }: Props) {
  const { t } = useTranslation();
  const { identity, busy } = step;
  const named = who(identity);
  return (
    <div data-testid="identity-not-linked">
      <p className="subtitle">{t('social.notLinked.body', { provider })}</p>
      {named && (
        <p className="muted" data-testid="upstream-identity">
          {t('social.notLinked.as', { provider, who: named })}
        </p>
      )}
      {step.linking ? (
        <>
          <p className="muted">{t('social.notLinked.linkSubtitle', { provider })}</p>
          <PasswordForm
            identifierTypes={identifierTypes}
            offerRememberMe={offerRememberMe}
            rememberMe={false}
            busy={busy}
            error={step.error}
            onSubmit={onLink}
          />
          <p className="switch">
            <button type="button" className="link-button" disabled={busy} onClick={() => onShowLink(false)}>
              {t('social.notLinked.back')}
            </button>
          </p>
        </>
      ) : (
        <div className="form" aria-busy={busy}>
          <ErrorAlert code={step.error} retryAfter={step.retryAfter} />
          {captcha && <CaptchaWidget status={captcha} />}
          {identity.register && (
            <button type="button" className="button" data-testid="register-with-identity" disabled={busy} onClick={onRegister}>
              {t('social.notLinked.register')}
            </button>
          )}
          {identity.link && (
            <button
              type="button"
              className="button button-quiet"
              data-testid="link-identity"
              disabled={busy}
              onClick={() => onShowLink(true)}
            >
              {t('social.notLinked.link')}
            </button>
          )}
          {!identity.register && !identity.link && <p data-testid="identity-no-choice">{t('social.notLinked.none')}</p>}
        </div>
      )}
      <p className="switch">
        <button type="button" className="link-button" data-testid="sign-in-another-way" disabled={busy} onClick={onAnotherWay}>
          {t('social.notLinked.anotherWay')}
        </button>
      </p>
    </div>
  );
}
