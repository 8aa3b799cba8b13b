import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure, ApiResult } from '../api/result';
import { ErrorAlert } from '../components/ErrorAlert';
import type { Account, AccountApi, AccountApp } from './api/accountApi';
import { AccountHeader } from './AccountHeader';
import { AccountContext, memoryProofStore, type AccountContextValue } from './context';
import { applyAccountLanguage } from './profile/language';
import { Section } from './Section';
import { SECTIONS } from './sections';
import { forgetHandedOverProof, handedOverProof } from './verification/social';

interface Props {
  api: AccountApi;
  returnTo?: string;
  onSignOut: () => void;
  onDeleted: () => void;
  /** Leaves the app (to an external provider). */
  assign: (url: string) => void;
}

/** The signed-in account: its header, then every section it gets. */
export function AccountView({ api, returnTo, onSignOut, onDeleted, assign }: Props) {
  const { t } = useTranslation();
  const [account, setAccount] = useState<Account>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [apps, setApps] = useState<AccountApp[]>();
  const [appsError, setAppsError] = useState<string>();
  // Back from a provider the user proved identity at: that proof, and the action it was for.
  const [handover] = useState(() => handedOverProof());
  useEffect(() => forgetHandedOverProof(), []);
  const [proof] = useState(() => memoryProofStore(Date.now, handover?.proof));
  const [resume, setResume] = useState(handover?.resume);
  const resumed = useCallback(() => setResume(undefined), []);

  const showAccount = useCallback((result: ApiResult<Account>) => {
    if (result.ok) {
      setFailure(undefined);
      setAccount(result.data);
      applyAccountLanguage(result.data.locale);
    } else {
      setFailure(result);
    }
  }, []);

  const showApps = useCallback((result: ApiResult<AccountApp[]>) => {
    setApps(result.ok ? result.data : undefined);
    setAppsError(result.ok ? undefined : result.code);
  }, []);

  const load = useCallback(async () => {
    const [accountResult, appsResult] = await Promise.all([api.getAccount(), api.listApps()]);
    return () => {
      showAccount(accountResult);
      showApps(appsResult);
    };
  }, [api, showAccount, showApps]);

  useEffect(() => {
    let live = true;
    void load().then((show) => live && show());
    return () => {
      live = false;
    };
  }, [load]);

  const reloadAccount = useCallback(async () => showAccount(await api.getAccount()), [api, showAccount]);

  async function retry() {
    setFailure(undefined);
    (await load())();
  }

  const context = useMemo<AccountContextValue | undefined>(
    () =>
      account && {
        api,
        account,
        setAccount,
        reloadAccount,
        apps,
        appsError,
        setApps,
        proof,
        onDeleted,
        assign,
        resume,
        resumed,
      },
    [api, account, reloadAccount, apps, appsError, proof, onDeleted, assign, resume, resumed],
  );

  if (!context) {
    return failure ? (
      <>
        <ErrorAlert code={failure.code} retryAfter={failure.retryAfter} testId="account-error" />
        <button type="button" className="button" onClick={() => void retry()}>
          {t('signIn.retry')}
        </button>
      </>
    ) : (
      <p className="muted">{t('app.loading')}</p>
    );
  }
  return (
    <AccountContext.Provider value={context}>
      <div className="account">
        <AccountHeader returnTo={returnTo} onSignOut={onSignOut} />
        {SECTIONS.filter((section) => section.shown?.(context.account) ?? true).map(({ id, testId, titleKey, ownFrame, Component }) => {
          const frame = { id, testId, title: t(titleKey) };
          return ownFrame ? (
            <Component key={id} frame={frame} />
          ) : (
            <Section key={id} {...frame}>
              <Component frame={frame} />
            </Section>
          );
        })}
      </div>
    </AccountContext.Provider>
  );
}
