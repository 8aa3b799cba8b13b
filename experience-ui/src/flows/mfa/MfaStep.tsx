import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaFactor } from '../../api/experience';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OneTimeCodeField, typedCode, WRONG_CODE } from '../../components/OneTimeCodeField';
import type { MfaActions } from './actions';
import { BackupCodeAccepted } from './BackupCodeAccepted';
import { FactorChoice } from './FactorChoice';
import type { MfaFormStep } from './state';

interface Props {
  step: MfaFormStep;
  actions: MfaActions;
}

function intro(factor: MfaFactor, sent: boolean): string {
  if (factor === 'totp') return 'mfa.totpIntro';
  if (factor === 'backupCode') return 'mfa.backupIntro';
  return sent ? 'mfa.emailSent' : 'mfa.emailIntro';
}

/** The second factor of a sign-in: a code from the app, a mailed one, or a backup code. */
export function MfaStep({ step, actions }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [remember, setRemember] = useState(false);
  const { factor, busy, error, retryAfter } = step;
  const sent = step.emailVerificationId !== undefined;
  const email = step.maskedEmail ?? t('mfa.yourEmail');

  function choose(next: MfaFactor) {
    setCode('');
    // "Email me a code" sends it at once; a code sent before stays good.
    if (next === 'emailCode' && !sent) void actions.sendEmailCode();
    else actions.choose(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = typedCode(code);
    if (busy || !typed) return;
    void actions.verify(factor, typed, step.rememberBrowser ? remember : undefined, step.emailVerificationId);
  }

  if (step.remaining !== undefined) {
    return (
      <div data-testid="mfa-step" data-factor={factor}>
        <BackupCodeAccepted remaining={step.remaining} busy={busy} onContinue={() => void actions.done()} />
      </div>
    );
  }
  return (
    <div data-testid="mfa-step" data-factor={factor}>
      <p className="greeting">{t('mfa.title')}</p>
      <p className="subtitle">{t(intro(factor, sent), { email })}</p>
      {factor === 'emailCode' && !sent ? (
        <div className="form" aria-busy={busy}>
          <ErrorAlert code={error} retryAfter={retryAfter} />
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="mfa-send-email-code"
            onClick={() => void actions.sendEmailCode()}
          >
            {busy ? t('code.sending') : t('mfa.sendEmailCode')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
          <ErrorAlert code={error} retryAfter={retryAfter} />
          <OneTimeCodeField
            key={factor}
            labelKey={factor === 'backupCode' ? 'mfa.backupCode' : 'mfa.code'}
            backup={factor === 'backupCode'}
            invalid={Boolean(error && WRONG_CODE.has(error))}
            value={code}
            onChange={setCode}
          />
          {step.rememberBrowser && (
            <label className="checkbox">
              <input
                name="rememberBrowser"
                data-testid="mfa-remember-browser"
                type="checkbox"
                checked={remember}
                onChange={(e) => setRemember(e.target.checked)}
              />
              <span>{t('mfa.rememberBrowser')}</span>
            </label>
          )}
          <button type="submit" className="button" disabled={busy || !typedCode(code)} data-testid="mfa-verify">
            {busy ? t('code.verifying') : t('code.verify')}
          </button>
          {factor === 'emailCode' && (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              data-testid="mfa-resend-email-code"
              onClick={() => void actions.sendEmailCode()}
            >
              {t('code.resend')}
            </button>
          )}
        </form>
      )}
      <FactorChoice factors={step.factors} current={factor} busy={busy} onChoose={choose} />
    </div>
  );
}
