import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Verification } from '../api/accountApi';
import { CodeEntry } from '../CodeEntry';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';

interface Props {
  idPrefix: string;
  /** The confirmed address the code goes to. */
  email?: string | null;
  onVerified: (proof: Verification) => void;
  onCancel: () => void;
}

/** A code sent to the confirmed address, as a proof of identity. */
export function EmailCodeVerify({ idPrefix, email, onVerified, onCancel }: Props) {
  const { t } = useTranslation();
  const { api } = useAccount();
  const request = useRequest();
  /** The verification the code is checked against, once sent. */
  const [sent, setSent] = useState<string>();

  async function send() {
    const result = await request.run(() => api.sendVerificationCode());
    if (result.ok) setSent(result.data.verificationId);
  }

  async function verify(code: string) {
    if (!sent) return;
    const result = await request.run(() => api.verifyVerificationCode(sent, code));
    if (result.ok) onVerified(result.data);
  }

  if (sent) {
    return (
      <CodeEntry
        idPrefix={`${idPrefix}-verify`}
        sentTo={email}
        busy={request.busy}
        error={request.error}
        retryAfter={request.retryAfter}
        onVerify={(code) => void verify(code)}
        onResend={() => void send()}
        onCancel={onCancel}
      />
    );
  }
  return (
    <div className="form">
      <p className="muted">{t('account.verify.codeIntro', { email })}</p>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId={`${idPrefix}-verify-error`} />
      <div className="actions">
        <button type="button" className="button" disabled={request.busy} onClick={() => void send()}>
          {request.busy ? t('code.sending') : t('account.verify.sendCode')}
        </button>
        <button type="button" className="button button-quiet" disabled={request.busy} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </div>
  );
}
