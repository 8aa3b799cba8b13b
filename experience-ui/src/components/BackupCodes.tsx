import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';
import { downloadText } from './download';

interface Props {
  codes: string[];
  busy?: boolean;
  /** The user has saved them: they are not shown again. */
  onDone: () => void;
}

export const BACKUP_CODES_FILE = 'gatehouse-backup-codes.txt';

/** New backup codes, shown once: to copy or download before going on. */
export function BackupCodes({ codes, busy = false, onDone }: Props) {
  const { t } = useTranslation();
  const text = codes.join('\n') + '\n';
  return (
    <div className="backup-codes-panel" data-testid="backup-codes-panel">
      <p className="muted" id="backup-codes-intro">
        {t('mfa.backupCodes.intro')}
      </p>
      <ul className="backup-codes" data-testid="backup-codes" aria-labelledby="backup-codes-intro">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <CopyButton text={text} label={t('mfa.backupCodes.copy')} testId="copy-backup-codes" />
        <button
          type="button"
          className="button button-quiet"
          data-testid="download-backup-codes"
          onClick={() => downloadText(BACKUP_CODES_FILE, text)}
        >
          {t('mfa.backupCodes.download')}
        </button>
      </div>
      <button type="button" className="button" disabled={busy} data-testid="backup-codes-saved" onClick={onDone}>
        {t('mfa.backupCodes.saved')}
      </button>
    </div>
  );
}
