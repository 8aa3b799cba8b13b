import createClient, { type Middleware } from 'openapi-fetch';
import { call, nothing, same } from '../../api/result';
import type { paths } from '../../api/schema';
import { i18n } from '../../i18n';
import { currentToken } from '../auth/token';
import type { AccountApi } from './accountApi';

const VERIFICATION_HEADER = 'Gatehouse-Verification-Id';

/**
 * Every call carries the tab's access token, and the page's language for the emails it sends.
 * Without a token the call goes anyway: the server's `account.invalid_token` starts a sign-in.
 */
const auth: Middleware = {
  onRequest({ request }) {
    const token = currentToken()?.accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
};

// Bearer tokens, not cookies: no credentials travel. `fetch` is looked up at each call (tests replace it).
const client = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'omit',
  fetch: (request) => globalThis.fetch(request),
});
client.use(auth);

const verified = (verificationId: string) => ({ header: { [VERIFICATION_HEADER]: verificationId } });

export const accountApi: AccountApi = {
  getAccount: () => call(() => client.GET('/api/my-account'), same),
  updateAccount: (body) => call(() => client.PATCH('/api/my-account', { body }), same),
  setUsername: (username) => call(() => client.POST('/api/my-account/username', { body: { username } }), same),
  deleteAccount: (verificationId) =>
    call(() => client.DELETE('/api/my-account', { params: verified(verificationId) }), nothing),
  setPassword: (password, verificationId) =>
    call(() => client.PUT('/api/my-account/password', { params: verified(verificationId), body: { password } }), nothing),
  verifyPassword: (password) =>
    call(() => client.POST('/api/my-account/verifications/password', { body: { password } }), same),
  sendVerificationCode: () => call(() => client.POST('/api/my-account/verifications/email-code'), same),
  verifyVerificationCode: (verificationId, code) =>
    call(() => client.POST('/api/my-account/verifications/email-code/verify', { body: { verificationId, code } }), same),
  verificationAuthorizationUri: (connectorId, state, redirectUri) =>
    call(
      () =>
        client.POST('/api/my-account/verifications/social/{connectorId}/authorization-uri', {
          params: { path: { connectorId } },
          body: { state, redirectUri },
        }),
      same,
    ),
  verifySocial: (connectorId, authorizationVerificationId, connectorData) =>
    call(
      () =>
        client.POST('/api/my-account/verifications/social', {
          body: { connectorId, verificationId: authorizationVerificationId, connectorData },
        }),
      same,
    ),
  changeEmail: (email, verificationId) =>
    call(() => client.POST('/api/my-account/email', { params: verified(verificationId), body: { email } }), same),
  sendEmailConfirmation: () => call(() => client.POST('/api/my-account/email/confirmation'), same),
  verifyEmail: (verificationId, code) =>
    call(() => client.POST('/api/my-account/email/verify', { body: { verificationId, code } }), same),
  listSessions: () => call(() => client.GET('/api/my-account/sessions'), same),
  endSession: (id) => call(() => client.DELETE('/api/my-account/sessions/{id}', { params: { path: { id } } }), nothing),
  endOtherSessions: () => call(() => client.DELETE('/api/my-account/sessions'), (d) => d.ended),
  listApps: () => call(() => client.GET('/api/my-account/apps'), same),
  withdrawApp: (clientId) =>
    call(() => client.DELETE('/api/my-account/apps/{clientId}', { params: { path: { clientId } } }), nothing),
  getMfa: () => call(() => client.GET('/api/my-account/mfa'), same),
  createTotpSecret: (verificationId) =>
    call(() => client.POST('/api/my-account/mfa/totp/secret', { params: verified(verificationId) }), same),
  enrollTotp: (secretVerificationId, code, verificationId) =>
    call(
      () =>
        client.POST('/api/my-account/mfa/totp', {
          params: verified(verificationId),
          body: { verificationId: secretVerificationId, code },
        }),
      (d) => d.backupCodes,
    ),
  removeTotp: (verificationId) =>
    call(() => client.DELETE('/api/my-account/mfa/totp', { params: verified(verificationId) }), nothing),
  setEmailCodeMfa: (enabled, verificationId) =>
    call(() => client.PUT('/api/my-account/mfa/email-code', { params: verified(verificationId), body: { enabled } }), nothing),
  regenerateBackupCodes: (verificationId) =>
    call(() => client.POST('/api/my-account/mfa/backup-codes', { params: verified(verificationId) }), (d) => d.backupCodes),
  forgetBrowser: (id) =>
    call(() => client.DELETE('/api/my-account/mfa/remembered-browsers/{id}', { params: { path: { id } } }), nothing),
  forgetAllBrowsers: () => call(() => client.DELETE('/api/my-account/mfa/remembered-browsers'), (d) => d.ended),
  listIdentities: () => call(() => client.GET('/api/my-account/identities'), same),
  identityAuthorizationUri: (connectorId, state, redirectUri) =>
    call(
      () =>
        client.POST('/api/my-account/identities/social/{connectorId}/authorization-uri', {
          params: { path: { connectorId } },
          body: { state, redirectUri },
        }),
      same,
    ),
  linkIdentity: (connectorId, authorizationVerificationId, connectorData, verificationId) =>
    call(
      () =>
        client.POST('/api/my-account/identities', {
          params: verified(verificationId),
          body: { connectorId, verificationId: authorizationVerificationId, connectorData },
        }),
      same,
    ),
  unlinkIdentity: (id, verificationId) =>
    call(
      () => client.DELETE('/api/my-account/identities/{id}', { params: { path: { id }, ...verified(verificationId) } }),
      nothing,
    ),
};
