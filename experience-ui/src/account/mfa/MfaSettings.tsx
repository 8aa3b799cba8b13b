import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupCodes } from '../../components/BackupCodes';
import type { MfaStatus } from '../api/accountApi';
import { Success } from '../Section';
import { useSensitiveAction } from '../useSensitiveAction';
import { useResume } from '../verification/useResume';
import { Verify } from '../verification/Verify';
import { FactorRows } from './FactorRows';
import { MfaTaskPanel } from './MfaTaskPanel';
import { RememberedBrowsers } from './RememberedBrowsers';
import { DONE_MESSAGES, isMfaTask, type MfaTask } from './tasks';

interface Props {
  status: MfaStatus;
  /** Reads the settings again, after a change. */
  onChanged: () => Promise<void>;
}

/** The factors, the backup codes and the remembered browsers; one change at a time. */
export function MfaSettings({ status, onChanged }: Props) {
  const { t } = useTranslation();
  const action = useSensitiveAction();
  const [task, setTask] = useState<MfaTask>();
  const [done, setDone] = useState<MfaTask>();
  /** New backup codes, shown once. */
  const [codes, setCodes] = useState<string[]>();

  function start(next: MfaTask) {
    setDone(undefined);
    setCodes(undefined);
    setTask(next);
    action.open();
  }

  // Back from a provider the user proved identity at, for this change.
  useResume('mfa', true, (resumed) => {
    if (isMfaTask(resumed)) start(resumed);
  });

  function finished(backupCodes?: string[]) {
    action.close();
    setDone(task);
    setCodes(backupCodes);
    setTask(undefined);
    void onChanged();
  }

  function cancel() {
    action.close();
    setTask(undefined);
  }

  const on = status.factors.length > 0;
  return (
    <>
      <p className="muted" data-testid="mfa-status">
        {on ? t('account.mfa.on') : t('account.mfa.off')}
      </p>
      {status.required && <p className="hint">{t('account.mfa.required')}</p>}
      {done && <Success testId="mfa-saved">{t(DONE_MESSAGES[done])}</Success>}
      {codes && (
        <div className="panel">
          <BackupCodes codes={codes} onDone={() => setCodes(undefined)} />
        </div>
      )}
      <FactorRows status={status} busy={action.stage !== 'closed'} onStart={start} />
      {action.stage === 'verify' && (
        <Verify
          idPrefix="mfa"
          expired={action.expired}
          resume={{ section: 'mfa', task }}
          onVerified={action.verified}
          onCancel={cancel}
        />
      )}
      {action.stage === 'form' && task && <MfaTaskPanel task={task} action={action} onDone={finished} onCancel={cancel} />}
      <RememberedBrowsers browsers={status.rememberedBrowsers} onChanged={onChanged} />
    </>
  );
}
