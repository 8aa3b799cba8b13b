import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CodeEntry } from '../CodeEntry';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';

/** Confirms the current address with a code sent to it. */
export function ConfirmEmail({ onConfirmed, onStart }: { onConfirmed: () => void; onStart: () => void }) {
  const { t } = useTranslation();
  const { api, account, setAccount } = useAccount();
  const request = useRequest();
  const [sent, setSent] = useState<string>();

  async function send() {
    onStart();
    const result = await request.run(() => api.sendEmailConfirmation());
    if (result.ok) setSent(result.data.verificationId);
  }

  async function verify(code: string) {
    if (!sent) return;
    const result = await request.run(() => api.verifyEmail(sent, code));
    if (result.ok) {
      setSent(undefined);
      setAccount(result.data);
      onConfirmed();
    }
  }

  if (sent) {
    return (
      <CodeEntry
        idPrefix="confirm-email"
        sentTo={account.email}
        busy={request.busy}
        error={request.error}
        retryAfter={request.retryAfter}
        onVerify={(code) => void verify(code)}
        onResend={() => void send()}
        onCancel={() => {
          request.clear();
          setSent(undefined);
        }}
      />
    );
  }
  return (
    <>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="confirm-email-error" />
      <button type="button" className="button button-quiet" disabled={request.busy} onClick={() => void send()}>
        {request.busy ? t('code.sending') : t('account.email.sendConfirmation')}
      </button>
    </>
  );
}
