import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { RememberedBrowser } from '../api/accountApi';
import { useAccount } from '../context';
import { useFormat } from '../format';
import { Success } from '../Section';
import { useDeviceName } from '../sessions/SessionRow';
import { useRequest } from '../useRequest';

interface Props {
  browsers: RememberedBrowser[];
  onChanged: () => Promise<void>;
}

/** The browsers that skip the second factor; forgetting one needs no verification. */
export function RememberedBrowsers({ browsers, onChanged }: Props) {
  const { t } = useTranslation();
  const { api } = useAccount();
  const format = useFormat();
  const deviceName = useDeviceName();
  const request = useRequest();
  /** Gone from the list at once, before the settings are read again. */
  const [forgotten, setForgotten] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<'one' | 'all'>();
  const shown = browsers.filter((browser) => !forgotten.has(browser.id));

  async function forget(id: string) {
    setDone(undefined);
    const result = await request.run(() => api.forgetBrowser(id));
    if (!result.ok) return;
    setForgotten((set) => new Set([...set, id]));
    setDone('one');
    void onChanged();
  }

  async function forgetAll() {
    setDone(undefined);
    const result = await request.run(() => api.forgetAllBrowsers());
    if (!result.ok) return;
    setForgotten(new Set(browsers.map((browser) => browser.id)));
    setDone('all');
    void onChanged();
  }

  return (
    <div className="subsection" data-testid="remembered-browsers">
      <h3>{t('account.mfa.browsers')}</h3>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId="browsers-error" />
      {done && <Success testId="browsers-forgotten">{done === 'one' ? t('account.mfa.forgotten') : t('account.mfa.forgottenAll')}</Success>}
      {shown.length === 0 ? (
        <p className="muted">{t('account.mfa.browsersNone')}</p>
      ) : (
        <>
          <p className="muted">{t('account.mfa.browsersIntro')}</p>
          <ul className="rows">
            {shown.map((browser) => {
              const device = deviceName(browser.userAgent);
              return (
                <li className="row" key={browser.id} data-testid="remembered-browser">
                  <div className="row-main">
                    <p className="row-title">{device}</p>
                    <p className="muted row-detail">
                      {t('account.mfa.browserDates', { since: format.date(browser.createdAt), until: format.date(browser.expiresAt) })}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button-quiet row-action"
                    aria-label={t('account.mfa.forgetNamed', { device })}
                    disabled={request.busy}
                    onClick={() => void forget(browser.id)}
                  >
                    {t('account.mfa.forget')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button-quiet" disabled={request.busy} onClick={() => void forgetAll()}>
            {t('account.mfa.forgetAll')}
          </button>
        </>
      )}
    </div>
  );
}
