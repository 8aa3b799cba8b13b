import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '../../api/experience';
import { ErrorAlert } from '../../components/ErrorAlert';
import { redirectToProvider } from '../../flows/social/redirect';
import { useAccount } from '../context';
import { ACCOUNT_PATH } from '../identities/link';
import { useRequest } from '../useRequest';
import type { ResumeAction } from './resume';

interface Props {
  idPrefix: string;
  /** The providers the account has an identity of. */
  providers: readonly Connector[];
  /** The sensitive action to take up again once back. */
  resume?: ResumeAction;
}

/**
 * "Verify with …" for each provider the account has an identity of: the provider signs the
 * user in again (the server asks it to), then `/callback/{connectorId}` makes the proof and
 * comes back to the account page with it.
 */
export function SocialVerify({ idPrefix, providers, resume }: Props) {
  const { t } = useTranslation();
  const { api, assign } = useAccount();
  const request = useRequest();
  /** On the way to the provider: no second click while the browser leaves. */
  const [leaving, setLeaving] = useState(false);

  async function verifyWith(connector: Connector) {
    const flow = 'verify-account';
    const result = await request.run(() =>
      redirectToProvider(api.verificationAuthorizationUri, { connector, flow, returnTo: ACCOUNT_PATH, resume }, assign),
    );
    if (result.ok) setLeaving(true);
  }

  return (
    <div data-testid={`${idPrefix}-verify-social`}>
      <ErrorAlert code={request.error} retryAfter={request.retryAfter} testId={`${idPrefix}-verify-social-error`} />
      <ul className="connectors">
        {providers.map((connector) => (
          <li key={connector.id}>
            <button
              type="button"
              className="button button-quiet button-connector"
              data-testid={`verify-connector-${connector.id}`}
              disabled={request.busy || leaving}
              onClick={() => void verifyWith(connector)}
            >
              {/* Decorative: the text names the provider. */}
              {connector.logoUrl && <img className="connector-logo" src={connector.logoUrl} alt="" />}
              <span>{t('account.verify.withProvider', { provider: connector.name })}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
