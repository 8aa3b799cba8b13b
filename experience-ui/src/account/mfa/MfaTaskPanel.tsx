import { useTranslation } from 'react-i18next';
import { useAccount } from '../context';
import type { SensitiveAction } from '../useSensitiveAction';
import { ConfirmChange } from './ConfirmChange';
import type { MfaTask } from './tasks';
import { TotpEnroll } from './TotpEnroll';

interface Props {
  task: MfaTask;
  action: SensitiveAction;
  /** `backupCodes`: new ones to show once. */
  onDone: (backupCodes?: string[]) => void;
  onCancel: () => void;
}

/** The change itself, once identity is proved. */
export function MfaTaskPanel({ task, action, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { api, account } = useAccount();
  const common = { action, onCancel };
  switch (task) {
    case 'enrollTotp':
      return <TotpEnroll {...common} onDone={onDone} />;
    case 'removeTotp':
      return (
        <ConfirmChange
          {...common}
          text={t('account.mfa.removeTotpConfirm')}
          confirmLabel={t('account.mfa.remove')}
          danger
          run={(proof) => api.removeTotp(proof)}
          onDone={() => onDone()}
        />
      );
    case 'emailOn':
    case 'emailOff':
      return (
        <ConfirmChange
          {...common}
          text={task === 'emailOn' ? t('account.mfa.emailOnConfirm', { email: account.email }) : t('account.mfa.emailOffConfirm')}
          confirmLabel={task === 'emailOn' ? t('account.mfa.turnOn') : t('account.mfa.turnOff')}
          run={(proof) => api.setEmailCodeMfa(task === 'emailOn', proof)}
          onDone={() => onDone()}
        />
      );
    case 'newBackupCodes':
      return (
        <ConfirmChange
          {...common}
          text={t('account.mfa.newBackupCodesConfirm')}
          confirmLabel={t('account.mfa.generate')}
          run={(proof) => api.regenerateBackupCodes(proof)}
          onDone={(codes) => onDone(codes)}
        />
      );
  }
}
