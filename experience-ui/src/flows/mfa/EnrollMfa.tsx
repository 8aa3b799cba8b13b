import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupCodes } from '../../components/BackupCodes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OneTimeCodeField, typedCode, WRONG_CODE } from '../../components/OneTimeCodeField';
import { TotpSecretView } from '../../components/TotpSecretView';
import type { MfaActions } from './actions';
import type { EnrollFormStep } from './state';

interface Props {
  step: EnrollFormStep;
  actions: MfaActions;
}

/** Setting up an authenticator app before going on, then the backup codes, shown once. */
export function EnrollMfa({ step, actions }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { busy, error, retryAfter, verificationId } = step;

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = typedCode(code);
    if (busy || (!typed && !verificationId)) return;
    void actions.enroll(step.secret.verificationId, typed, verificationId);
  }

  if (step.backupCodes) {
    return (
      <div data-testid="mfa-enroll">
        <p className="greeting">{t('mfa.backupCodes.title')}</p>
        <BackupCodes codes={step.backupCodes} busy={busy} onDone={() => void actions.done()} />
      </div>
    );
  }
  return (
    <div data-testid="mfa-enroll">
      <p className="greeting">{t('mfa.enroll.title')}</p>
      <p className="subtitle">{t('mfa.enroll.required')}</p>
      <p className="muted">{t('mfa.enroll.scan')}</p>
      <TotpSecretView secret={step.secret} />
      <form onSubmit={submit} className="form" aria-busy={busy} noValidate>
        <ErrorAlert code={error} retryAfter={retryAfter} />
        {/* Once the app's code was accepted, trying again needs no other one. */}
        {!verificationId && (
          <OneTimeCodeField
            labelKey="mfa.code"
            invalid={Boolean(error && WRONG_CODE.has(error))}
            value={code}
            onChange={setCode}
          />
        )}
        <button type="submit" className="button" disabled={busy || (!verificationId && !typedCode(code))} data-testid="mfa-verify">
          {busy ? t('code.verifying') : verificationId ? t('signIn.retry') : t('code.verify')}
        </button>
      </form>
    </div>
  );
}
