import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeEntry } from '../CodeEntry';
import { useAccount } from '../context';
import { useRequest } from '../useRequest';
import { useSensitiveAction } from '../useSensitiveAction';
import { useResume } from '../verification/useResume';
import { Verify } from '../verification/Verify';
import { NewEmailForm } from './NewEmailForm';

interface Props {
  onChanged: (email: string) => void;
  onStart: () => void;
}

/** A verification, then the new address, then the code sent there. */
export function ChangeEmail({ onChanged, onStart }: Props) {
  const { t } = useTranslation();
  const { api, account, setAccount } = useAccount();
  const action = useSensitiveAction();
  const request = useRequest();
  /** The code sent to the new address, once asked for. */
  const [sent, setSent] = useState<{ email: string; verificationId: string }>();

  function start() {
    onStart();
    request.clear();
    action.open();
  }
  useResume('email', true, start);

  function cancel() {
    request.clear();
    setSent(undefined);
    action.close();
  }

  async function send(email: string) {
    const proof = action.proofId();
    if (!proof) return;
    const result = await request.run(() => api.changeEmail(email, proof));
    if (result.ok) setSent({ email, verificationId: result.data.verificationId });
    else if (action.refused(result.code)) setSent(undefined);
  }

  async function verify(code: string) {
    if (!sent) return;
    const result = await request.run(() => api.verifyEmail(sent.verificationId, code));
    if (result.ok) {
      setAccount(result.data);
      cancel();
      onChanged(result.data.email ?? sent.email);
    }
  }

  switch (action.stage) {
    case 'closed':
      return (
        <button
          type="button"
          className="button button-quiet"
          onClick={start}
        >
          {account.email ? t('account.email.change') : t('account.email.add')}
        </button>
      );
    case 'verify':
      return (
        <Verify
          idPrefix="change-email"
          expired={action.expired}
          resume={{ section: 'email' }}
          onVerified={action.verified}
          onCancel={cancel}
        />
      );
    case 'form':
      return sent ? (
        <CodeEntry
          idPrefix="change-email"
          sentTo={sent.email}
          busy={request.busy}
          error={request.error}
          retryAfter={request.retryAfter}
          onVerify={(code) => void verify(code)}
          onResend={() => void send(sent.email)}
          onCancel={cancel}
        />
      ) : (
        <NewEmailForm
          busy={request.busy}
          error={request.error}
          retryAfter={request.retryAfter}
          onSubmit={(email) => void send(email)}
          onCancel={cancel}
        />
      );
  }
}
