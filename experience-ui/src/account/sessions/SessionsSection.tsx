import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AccountSession } from '../api/accountApi';
import { useAccount } from '../context';
import { Success } from '../Section';
import { useRequest } from '../useRequest';
import { SessionRow } from './SessionRow';

function endedMessage(t: TFunction, count: number): string {
  if (count === 0) return t('account.sessions.endedNone');
  return count === 1 ? t('account.sessions.endedOne') : t('account.sessions.endedMany', { count });
}

/** Where the account is signed in; every other session can be signed out. */
export function SessionsSection() {
  const { t } = useTranslation();
  const { api } = useAccount();
  const request = useRequest();
  const [sessions, setSessions] = useState<AccountSession[]>();
  const [loadError, setLoadError] = useState<string>();
  const [ended, setEnded] = useState<number>();

  useEffect(() => {
    let live = true;
    void api.listSessions().then((result) => {
      if (!live) return;
      if (result.ok) setSessions(result.data);
      else setLoadError(result.code);
    });
    return () => {
      live = false;
    };
  }, [api]);

  async function end(id: string) {
    setEnded(undefined);
    const result = await request.run(() => api.endSession(id));
    // Gone already is as good as ended.
    if (result.ok || result.code === 'account.session_not_found') {
      if (!result.ok) request.clear();
      setSessions((list) => list?.filter((s) => s.id !== id));
      setEnded(1);
    }
  }

  async function endOthers() {
    setEnded(undefined);
    const result = await request.run(() => api.endOtherSessions());
    if (result.ok) {
      setSessions((list) => list?.filter((s) => s.current));
      setEnded(result.data);
    }
  }

  if (loadError) return <ErrorAlert code={loadError} testId="sessions-error" />;
  if (!sessions) return <p className="muted">{t('app.loading')}</p>;
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="sessions-error" />
      {ended !== undefined && <Success testId="sessions-ended">{endedMessage(t, ended)}</Success>}
      <ul className="rows">
        {sessions.map((session) => (
          <SessionRow key={session.id} session={session} busy={request.busy} onEnd={() => void end(session.id)} />
        ))}
      </ul>
      {others > 0 && (
        <button type="button" className="button button-quiet" disabled={request.busy} onClick={() => void endOthers()}>
          {t('account.sessions.endOthers')}
        </button>
      )}
    </>
  );
}
