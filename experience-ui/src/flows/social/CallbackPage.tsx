import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../../account/api/client';
import { linkIdentityWith } from '../../account/identities/link';
import { verifyAccountWith } from '../../account/verification/social';
import { experienceApi, NETWORK_ERROR, type ApiFailure } from '../../api/experience';
import { Card } from '../../components/Card';
import { errorMessage } from '../../errors';
import { replaceInApp } from '../../navigation';
import { pendingFlow, type CallbackDeps } from './callback';
import type { SocialFlow } from './pending';
import { useSocialCallback } from './useSocialCallback';

export const defaultCallbackDeps: CallbackDeps = {
  api: experienceApi,
  linkIdentity: linkIdentityWith(accountApi),
  verifyAccount: verifyAccountWith(accountApi),
  replace: replaceInApp,
};

/** The provider said the user cancelled (RFC 6749's `access_denied`): no error of theirs or ours. */
const CANCELLED = 'access_denied';

/** The failure in words: a cancellation at the provider names it; anything else is its code's message. */
export function callbackMessage(t: TFunction, failure: ApiFailure, provider: string | undefined): string {
  if (failure.code === 'social.authorization_denied' && failure.upstreamError === CANCELLED) {
    return t('social.callback.cancelled', { provider: provider ?? t('social.provider') });
  }
  return errorMessage(t, failure.code, failure.retryAfter);
}

const BACK_KEYS: Record<SocialFlow, string> = {
  'sign-in': 'social.callback.backToSignIn',
  register: 'social.callback.backToRegister',
  'link-account': 'social.callback.backToAccount',
  'verify-account': 'social.callback.backToAccount',
};

/** A proof of identity for the account pages is no sign-in: the titles say what it is. */
function titleKeys(flow: SocialFlow | undefined) {
  return flow === 'verify-account'
    ? { busy: 'social.callback.verifyTitle', failed: 'social.callback.verifyFailedTitle' }
    : { busy: 'social.callback.title', failed: 'social.callback.failedTitle' };
}

/**
 * `/callback/{connectorId}`, where a provider sends the browser back: completes the verification
 * (or, from the account pages, the link or the proof of identity), then the page the user came
 * from goes on with the interaction's next steps; or says what went wrong and leads back there.
 */
export function CallbackPage({ connectorId, deps = defaultCallbackDeps }: { connectorId: string; deps?: CallbackDeps }) {
  const { t } = useTranslation();
  const { step, retry, back } = useSocialCallback(connectorId, deps);
  // Read before the answer is used (and its entry forgotten).
  const [flow] = useState(() => pendingFlow(window.location.search));

  if (step.kind !== 'failed') {
    return (
      <Card title={t(titleKeys(flow).busy)}>
        <p className="muted" data-testid="callback-verifying">
          {t('social.callback.verifying')}
        </p>
      </Card>
    );
  }
  return (
    <Card title={t(titleKeys(step.flow).failed)}>
      <div role="alert" className="alert" data-testid="callback-error">
        {callbackMessage(t, step.failure, step.provider)}
      </div>
      <div className="actions">
        {step.failure.code === NETWORK_ERROR && (
          <button type="button" className="button" onClick={retry}>
            {t('signIn.retry')}
          </button>
        )}
        <button type="button" className="button button-quiet" data-testid="callback-back" onClick={() => back(step.back)}>
          {t(BACK_KEYS[step.flow])}
        </button>
      </div>
    </Card>
  );
}
