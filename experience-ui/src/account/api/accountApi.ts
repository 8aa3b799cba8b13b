import type { ApiResult } from '../../api/result';
import type {
  Account,
  AccountApp,
  AccountIdentities,
  AccountSession,
  AccountTotpSecret,
  AccountUpdate,
  IdentityAuthorization,
  LinkedIdentity,
  MfaFactorKind,
  MfaStatus,
  RememberedBrowser,
  Verification,
} from './types';

export type {
  Account,
  AccountApp,
  AccountIdentities,
  AccountSession,
  AccountTotpSecret,
  AccountUpdate,
  IdentityAuthorization,
  LinkedIdentity,
  MfaFactorKind,
  MfaStatus,
  RememberedBrowser,
  Verification,
};

/** The token is gone (expired, revoked, the account disabled): sign in again. */
export const INVALID_TOKEN = 'account.invalid_token';
/** A sensitive action needs a (new) proof of identity. */
export const VERIFICATION_REQUIRED = 'account.verification_required';
export const VERIFICATION_NOT_FOUND = 'account.verification_not_found';

/** The account API (`/api/my-account`) as the pages see it; tests replace it with a fake. */
export interface AccountApi {
  getAccount(): Promise<ApiResult<Account>>;
  /** Absent fields stay; an empty one is cleared. */
  updateAccount(update: AccountUpdate): Promise<ApiResult<Account>>;
  /** Only while the account has none: a username is set once. */
  setUsername(username: string): Promise<ApiResult<Account>>;
  deleteAccount(verificationId: string): Promise<ApiResult<void>>;
  /** Changes or sets the password; signs out every other session. */
  setPassword(password: string, verificationId: string): Promise<ApiResult<void>>;
  /** A proof of identity from the password. */
  verifyPassword(password: string): Promise<ApiResult<Verification>>;
  /** Sends a code to the confirmed address; the verification to check it with. */
  sendVerificationCode(): Promise<ApiResult<Verification>>;
  /** A proof of identity from the code. */
  verifyVerificationCode(verificationId: string, code: string): Promise<ApiResult<Verification>>;
  /**
   * Where to send the browser to prove identity by signing in again at `connectorId` (a provider
   * the account has an identity of: else `account.identity_not_linked`); it comes back to `redirectUri`.
   */
  verificationAuthorizationUri(connectorId: string, state: string, redirectUri: string): Promise<ApiResult<IdentityAuthorization>>;
  /** A proof of identity from the provider's answer (every query parameter of the callback). */
  verifySocial(
    connectorId: string,
    authorizationVerificationId: string,
    connectorData: Record<string, string>,
  ): Promise<ApiResult<Verification>>;
  /** Sends a code to the new address; the verification to confirm it with (`verifyEmail`). */
  changeEmail(email: string, verificationId: string): Promise<ApiResult<Verification>>;
  /** Sends a code to the current, unconfirmed address. */
  sendEmailConfirmation(): Promise<ApiResult<Verification>>;
  /** The code of a change or of a confirmation; the account as it now is. */
  verifyEmail(verificationId: string, code: string): Promise<ApiResult<Account>>;
  listSessions(): Promise<ApiResult<AccountSession[]>>;
  endSession(id: string): Promise<ApiResult<void>>;
  /** Resolves to how many sessions were ended. */
  endOtherSessions(): Promise<ApiResult<number>>;
  listApps(): Promise<ApiResult<AccountApp[]>>;
  withdrawApp(clientId: string): Promise<ApiResult<void>>;
  getMfa(): Promise<ApiResult<MfaStatus>>;
  // Every two-factor change needs a verification and signs out every other session.
  /** A secret for an authenticator app, added by `enrollTotp` with its first code. */
  createTotpSecret(verificationId: string): Promise<ApiResult<AccountTotpSecret>>;
  /** Resolves to the first backup codes, when the account had none yet. */
  enrollTotp(secretVerificationId: string, code: string, verificationId: string): Promise<ApiResult<string[] | undefined>>;
  removeTotp(verificationId: string): Promise<ApiResult<void>>;
  /** Codes by email to the confirmed address, as a second factor. */
  setEmailCodeMfa(enabled: boolean, verificationId: string): Promise<ApiResult<void>>;
  /** New backup codes: the old ones stop working. */
  regenerateBackupCodes(verificationId: string): Promise<ApiResult<string[]>>;
  forgetBrowser(id: string): Promise<ApiResult<void>>;
  /** Resolves to how many browsers were forgotten. */
  forgetAllBrowsers(): Promise<ApiResult<number>>;
  listIdentities(): Promise<ApiResult<AccountIdentities>>;
  /** Where to send the browser to link an identity of `connectorId`; it comes back to `redirectUri`. */
  identityAuthorizationUri(connectorId: string, state: string, redirectUri: string): Promise<ApiResult<IdentityAuthorization>>;
  /** The provider's answer (every query parameter of the callback) links the identity it proves. */
  linkIdentity(
    connectorId: string,
    authorizationVerificationId: string,
    connectorData: Record<string, string>,
    verificationId: string,
  ): Promise<ApiResult<LinkedIdentity>>;
  /** Refused while it is the account's last way to sign in. */
  unlinkIdentity(id: string, verificationId: string): Promise<ApiResult<void>>;
}

/**
 * `api` whose every failure with `account.invalid_token` also calls `onInvalidToken`: the
 * token is no use any more, whichever call found it out.
 */
export function guardToken(api: AccountApi, onInvalidToken: () => void): AccountApi {
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [string, (...args: unknown[]) => Promise<ApiResult<unknown>>][]) {
    guarded[name] = async (...args: unknown[]) => {
      const result = await method(...args);
      if (!result.ok && result.code === INVALID_TOKEN) onInvalidToken();
      return result;
    };
  }
  return guarded as unknown as AccountApi;
}
