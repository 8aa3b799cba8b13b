import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OneTimeCodeField, typedCode, WRONG_CODE } from '../../components/OneTimeCodeField';
import { TotpSecretView } from '../../components/TotpSecretView';
import type { AccountTotpSecret } from '../api/accountApi';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';
import type { SensitiveAction } from '../useSensitiveAction';

interface Props {
  action: SensitiveAction;
  /** `backupCodes`: the first ones, when the account had none. */
  onDone: (backupCodes?: string[]) => void;
  onCancel: () => void;
}

/** A new secret for the app at once, then its first code adds it. */
export function TotpEnroll({ action, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { api } = useAccount();
  const request = useRequest();
  const [secret, setSecret] = useState<AccountTotpSecret>();
  const [secretError, setSecretError] = useState<string>();
  const [code, setCode] = useState('');

  useEffect(() => {
    const proof = action.proofId();
    if (!proof) return;
    let live = true;
    void api.createTotpSecret(proof).then((result) => {
      if (!live) return;
      if (result.ok) setSecret(result.data);
      else if (!action.refused(result.code)) setSecretError(result.code);
    });
    return () => {
      live = false;
    };
    // One secret per opening: the action's functions change with each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = typedCode(code);
    if (!secret || request.busy || !typed) return;
    const proof = action.proofId();
    if (!proof) return;
    const result = await request.run(() => api.enrollTotp(secret.verificationId, typed, proof));
    if (result.ok) onDone(result.data);
    else action.refused(result.code);
  }

  if (!secret) {
    return secretError ? (
      <div className="form">
        <ErrorAlert code={secretError} testId="mfa-change-error" />
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    ) : (
      <p className="muted">{t('app.loading')}</p>
    );
  }
  return (
    <div className="panel" data-testid="mfa-enroll">
      <p className="muted">{t('mfa.enroll.scan')}</p>
      <TotpSecretView secret={secret} />
      <form onSubmit={(e) => void submit(e)} className="form" aria-busy={request.busy} noValidate>
        <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="mfa-change-error" />
        <OneTimeCodeField
          labelKey="mfa.code"
          invalid={Boolean(request.error && WRONG_CODE.has(request.error))}
          value={code}
          onChange={setCode}
        />
        <p className="hint">{t('account.mfa.othersSignedOut')}</p>
        <div className="actions">
          <button type="submit" className="button" disabled={request.busy || !typedCode(code)}>
            {request.busy ? t('account.saving') : t('account.mfa.turnOn')}
          </button>
          <button type="button" className="button button-quiet" disabled={request.busy} onClick={onCancel}>
            {t('account.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
