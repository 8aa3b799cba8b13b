import { useTranslation } from 'react-i18next';
import type { AccountSession } from '../api/accountApi';
import { useFormat } from '../format';
import { summarizeUserAgent } from './userAgent';

interface Props {
  session: AccountSession;
  busy: boolean;
  onEnd: () => void;
}

/** "Firefox on Windows", or what is known of it. */
export function useDeviceName() {
  const { t } = useTranslation();
  return (userAgent: string | null | undefined) => {
    const { browser, os } = summarizeUserAgent(userAgent);
    if (browser && os) return t('account.sessions.browserOnOs', { browser, os });
    return browser ?? os ?? t('account.sessions.unknownDevice');
  };
}

export function SessionRow({ session, busy, onEnd }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const device = useDeviceName()(session.userAgent);
  return (
    <li className="row" data-testid="session-row">
      <div className="row-main">
        <p className="row-title">
          <span data-testid="session-device">{device}</span>
          {session.current && (
            <span className="badge" data-testid="current-session">
              {t('account.sessions.thisDevice')}
            </span>
          )}
        </p>
        <p className="muted row-detail">
          {session.ip && <span>{t('account.sessions.ip', { ip: session.ip })} · </span>}
          <span>{t('account.sessions.lastUsed', { date: format.dateTime(session.lastUsedAt) })}</span>
        </p>
      </div>
      {!session.current && (
        <button
          type="button"
          className="button button-quiet row-action"
          aria-label={t('account.sessions.endNamed', { device })}
          disabled={busy}
          onClick={onEnd}
        >
          {t('account.sessions.end')}
        </button>
      )}
    </li>
  );
}
