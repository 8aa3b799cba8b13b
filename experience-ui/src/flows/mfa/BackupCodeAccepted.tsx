import { useTranslation } from 'react-i18next';

/** Below this many backup codes left, the user is told to make new ones. */
const FEW = 3;

interface Props {
  remaining: number;
  busy: boolean;
  onContinue: () => void;
}

/** After a backup code: how many are left, before going on. */
export function BackupCodeAccepted({ remaining, busy, onContinue }: Props) {
  const { t } = useTranslation();
  const left =
    remaining === 0
      ? t('mfa.backupLeftNone')
      : remaining === 1
        ? t('mfa.backupLeftOne')
        : t('mfa.backupLeftMany', { count: remaining });
  return (
    <div className="form" data-testid="backup-code-accepted">
      <p role="status" className="success" data-testid="backup-codes-left">
        {left}
      </p>
      {remaining < FEW && <p className="muted">{t('mfa.backupMakeNew')}</p>}
      <button type="button" className="button" disabled={busy} data-testid="mfa-continue" onClick={onContinue} autoFocus>
        {t('mfa.continue')}
      </button>
    </div>
  );
}
