import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MfaStatus } from '../api/accountApi';
import { useAccount } from '../context';
import { useFormat } from '../format';
import type { MfaTask } from './tasks';

interface Props {
  status: MfaStatus;
  /** A change is under way: no other starts. */
  busy: boolean;
  onStart: (task: MfaTask) => void;
}

function backupLeft(t: TFunction, count: number) {
  if (count === 0) return t('account.mfa.backupLeftNone');
  return count === 1 ? t('account.mfa.backupLeftOne') : t('account.mfa.backupLeftMany', { count });
}

/** The authenticator app, codes by email and the backup codes, each with what can be done to it. */
export function FactorRows({ status, busy, onStart }: Props) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const format = useFormat();
  const totp = status.factors.find((factor) => factor.type === 'totp');
  const email = status.factors.find((factor) => factor.type === 'emailCode');
  const showEmail = Boolean(email) || status.available.includes('emailCode');
  const canEmail = account.emailVerified && Boolean(account.email);

  return (
    <ul className="rows">
      {(totp || status.available.includes('totp')) && (
        <li className="row" data-testid="mfa-totp">
          <div className="row-main">
            <p className="row-title">{t('account.mfa.totp')}</p>
            <p className="muted row-detail">
              {totp ? t('account.mfa.added', { date: format.date(totp.createdAt) }) : t('account.mfa.notSetUp')}
            </p>
          </div>
          {totp ? (
            <button
              type="button"
              className="button button-quiet row-action"
              aria-label={t('account.mfa.removeTotp')}
              disabled={busy}
              onClick={() => onStart('removeTotp')}
            >
              {t('account.mfa.remove')}
            </button>
          ) : (
            <button type="button" className="button button-quiet row-action" disabled={busy} onClick={() => onStart('enrollTotp')}>
              {t('account.mfa.setUpTotp')}
            </button>
          )}
        </li>
      )}
      {showEmail && (
        <li className="row" data-testid="mfa-email">
          <div className="row-main">
            <p className="row-title">{t('account.mfa.email')}</p>
            <p className="muted row-detail">
              {email ? t('account.mfa.emailOn', { email: account.email }) : t('account.mfa.emailOff')}
              {!email && !canEmail && <> · {t('account.mfa.emailNeedsConfirmed')}</>}
            </p>
          </div>
          <button
            type="button"
            className="button button-quiet row-action"
            aria-label={email ? t('account.mfa.turnOffEmail') : t('account.mfa.turnOnEmail')}
            disabled={busy || (!email && !canEmail)}
            onClick={() => onStart(email ? 'emailOff' : 'emailOn')}
          >
            {email ? t('account.mfa.turnOff') : t('account.mfa.turnOn')}
          </button>
        </li>
      )}
      {status.factors.length > 0 && (
        <li className="row" data-testid="mfa-backup">
          <div className="row-main">
            <p className="row-title">{t('account.mfa.backupCodes')}</p>
            <p className="muted row-detail" data-testid="backup-codes-remaining">
              {backupLeft(t, status.backupCodesRemaining)}
            </p>
          </div>
          <button type="button" className="button button-quiet row-action" disabled={busy} onClick={() => onStart('newBackupCodes')}>
            {t('account.mfa.newBackupCodes')}
          </button>
        </li>
      )}
    </ul>
  );
}
