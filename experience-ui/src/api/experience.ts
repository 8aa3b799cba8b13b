import { client } from './client';
import { call, nothing, same, type ApiResult, type Json } from './result';
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type InteractionView = Json<paths['/api/experience/interaction']['get']['responses'][200]>;
export type SignInExperience = Json<paths['/api/.well-known/sign-in-exp']['get']['responses'][200]>;
export type NextStep = InteractionView['nextSteps'][number];
export type InteractionEvent = NonNullable<InteractionView['interactionEvent']>;
export type IdentifierType = Schemas['IdentifierType'];
export type Profile = InteractionView['profile'];
export type ConsentStep = Extract<NextStep, { type: 'consent' }>;
export type ProfileStep = Extract<NextStep, { type: 'profile' }>;
/** What a registration still lacks: an identifier (a username or a proved email), a password. */
export type MissingField = Schemas['MissingProfileField'];
export type CaptchaChallenge = Schemas['CaptchaChallenge'];
export type CodeSent = Schemas['VerificationCodeSent'];
/** A second factor is due before submit; `rememberBrowser`: the "remember this browser" choice is offered. */
export type MfaStep = Extract<NextStep, { type: 'mfa' }>;
/** The operator requires a second factor and the account has none: it enrols one first. */
export type EnrollMfaStep = Extract<NextStep, { type: 'enrollMfa' }>;
export type MfaFactor = MfaStep['factors'][number];
/** A new authenticator app secret; `qr` is a `data:` URL of its QR code. */
export type TotpSecret = Schemas['TotpSecret'];
/** `remaining`: the unused backup codes left. */
export type BackupCodeUsed = Schemas['BackupCodeVerified'];
/** An external provider the pages offer as a button. */
export type Connector = Schemas['SocialConnector'];
/** Where to send the browser for an external provider, and the verification it will complete. */
export type SocialAuthorization = Schemas['SocialAuthorizationUriResponse'];
/** An external provider proved an identity no account has: register with it, or link it. */
export type IdentityNotLinkedStep = Extract<NextStep, { type: 'identityNotLinked' }>;

export { NETWORK_ERROR, UNEXPECTED_RESPONSE, type ApiFailure, type ApiResult } from './result';

/** The Experience API as the flows see it; tests replace it with a fake. */
export interface ExperienceApi {
  getInteraction(): Promise<ApiResult<InteractionView>>;
  getSignInExperience(appId?: string): Promise<ApiResult<SignInExperience>>;
  /** `captchaToken`: a solved challenge, for `Register` when the sign-in experience asks for one. */
  startInteraction(event: InteractionEvent, captchaToken?: string): Promise<ApiResult<void>>;
  verifyPassword(type: IdentifierType, value: string, password: string): Promise<ApiResult<string>>;
  /**
   * `linkVerificationId`: an external identity of this interaction that no account has, linked
   * at submit to the account the verification (a password) proves.
   */
  identify(verificationId: string, linkVerificationId?: string): Promise<ApiResult<void>>;
  /** Switches the event keeping the verifications (an external identity goes on to register). */
  changeInteractionEvent(event: InteractionEvent, captchaToken?: string): Promise<ApiResult<void>>;
  /** Where to send the browser to sign in at an external provider; it comes back to `redirectUri`. */
  socialAuthorizationUri(connectorId: string, state: string, redirectUri: string): Promise<ApiResult<SocialAuthorization>>;
  /** The provider's answer (every query parameter of the callback) completes the verification. */
  verifySocial(connectorId: string, verificationId: string, connectorData: Record<string, string>): Promise<ApiResult<void>>;
  /** Whether the session this sign-in starts outlives the browser; only when the server offers it. */
  rememberMe(remember: boolean): Promise<ApiResult<void>>;
  submit(): Promise<ApiResult<string>>;
  /** The user allows the application's scopes; what comes next is in the interaction. */
  allowConsent(): Promise<ApiResult<void>>;
  /** The user refuses: resolves to the client's redirect URI carrying `error=access_denied`. */
  denyConsent(): Promise<ApiResult<string>>;
  /** In a registration: the username first, then the password (which must not contain it). */
  setProfile(type: 'username' | 'password', value: string): Promise<ApiResult<void>>;
  /** Sends a one-time code to `email`; `code` comes back only in the server's demo mode. */
  sendCode(email: string, event: InteractionEvent): Promise<ApiResult<CodeSent>>;
  /** Checks the code the user typed; resolves to the verification to identify with. */
  verifyCode(email: string, verificationId: string, code: string): Promise<ApiResult<string>>;
  /** Redeems an invitation's code; resolves to the verification to identify with. */
  redeemInvitation(code: string): Promise<ApiResult<string>>;
  /**
   * With no interaction under way: the login initiation endpoint of the application an
   * invitation names, where the browser goes so that the application starts a sign-in.
   */
  invitationLoginInitiation(code: string): Promise<ApiResult<string>>;
  /** The new password of a reset, once identified by a code. */
  setNewPassword(password: string): Promise<ApiResult<void>>;
  getCaptcha(): Promise<ApiResult<CaptchaChallenge>>;
  /** The second factor from the authenticator app; with `verificationId`, the first code of an enrolment. */
  verifyTotp(code: string, verificationId?: string): Promise<ApiResult<string>>;
  verifyBackupCode(code: string): Promise<ApiResult<BackupCodeUsed>>;
  /** Mails a code to the account's confirmed address; the verification to check it with. */
  sendMfaEmailCode(): Promise<ApiResult<string>>;
  verifyMfaEmailCode(verificationId: string, code: string): Promise<ApiResult<string>>;
  /** Whether this browser skips the second factor next time; only when the step offers it. */
  rememberBrowser(remember: boolean): Promise<ApiResult<void>>;
  /** A secret for an authenticator app, confirmed by `verifyTotp` with its verification. */
  createTotpSecret(): Promise<ApiResult<TotpSecret>>;
  /** Adds the confirmed authenticator app to the account; resolves to its new backup codes. */
  enrollTotp(verificationId: string): Promise<ApiResult<string[]>>;
}

export const experienceApi: ExperienceApi = {
  getInteraction: () => call(() => client.GET('/api/experience/interaction'), same),
  getSignInExperience: (appId) =>
    call(() => client.GET('/api/.well-known/sign-in-exp', { params: { query: appId ? { appId } : {} } }), same),
  startInteraction: (interactionEvent, captchaToken) =>
    call(
      () => client.PUT('/api/experience', { body: captchaToken ? { interactionEvent, captchaToken } : { interactionEvent } }),
      nothing,
    ),
  verifyPassword: (type, value, password) =>
    call(
      () =>
        client.POST('/api/experience/verification/password', {
          body: { identifier: { type, value }, password },
        }),
      (d) => d.verificationId,
    ),
  identify: (verificationId, linkVerificationId) =>
    call(
      () =>
        client.POST('/api/experience/identification', {
          body: linkVerificationId ? { verificationId, linkVerificationId } : { verificationId },
        }),
      nothing,
    ),
  changeInteractionEvent: (interactionEvent, captchaToken) =>
    call(
      () =>
        client.PUT('/api/experience/interaction-event', {
          body: captchaToken ? { interactionEvent, captchaToken } : { interactionEvent },
        }),
      nothing,
    ),
  socialAuthorizationUri: (connectorId, state, redirectUri) =>
    call(
      () =>
        client.POST('/api/experience/verification/social/{connectorId}/authorization-uri', {
          params: { path: { connectorId } },
          body: { state, redirectUri },
        }),
      same,
    ),
  verifySocial: (connectorId, verificationId, connectorData) =>
    call(
      () =>
        client.POST('/api/experience/verification/social/{connectorId}/verify', {
          params: { path: { connectorId } },
          body: { verificationId, connectorData },
        }),
      nothing,
    ),
  rememberMe: (rememberMe) =>
    call(() => client.PUT('/api/experience/remember-me', { body: { rememberMe } }), nothing),
  submit: () => call(() => client.POST('/api/experience/submit'), (d) => d.redirectTo),
  allowConsent: () => call(() => client.POST('/api/experience/consent'), nothing),
  denyConsent: () => call(() => client.POST('/api/experience/consent/deny'), (d) => d.redirectTo),
  setProfile: (type, value) => call(() => client.POST('/api/experience/profile', { body: { type, value } }), nothing),
  sendCode: (value, interactionEvent) =>
    call(
      () =>
        client.POST('/api/experience/verification/verification-code', {
          body: { identifier: { type: 'email', value }, interactionEvent },
        }),
      same,
    ),
  verifyCode: (value, verificationId, code) =>
    call(
      () =>
        client.POST('/api/experience/verification/verification-code/verify', {
          body: { identifier: { type: 'email', value }, verificationId, code },
        }),
      (d) => d.verificationId,
    ),
  redeemInvitation: (code) =>
    call(() => client.POST('/api/experience/verification/invitation', { body: { code } }), (d) => d.verificationId),
  invitationLoginInitiation: (code) =>
    call(() => client.POST('/api/experience/invitation/login-initiation', { body: { code } }), (d) => d.initiateLoginUri),
  setNewPassword: (password) =>
    call(() => client.PUT('/api/experience/profile/password', { body: { password } }), nothing),
  getCaptcha: () => call(() => client.GET('/api/experience/captcha'), same),
  verifyTotp: (code, verificationId) =>
    call(
      () => client.POST('/api/experience/verification/totp/verify', { body: verificationId ? { code, verificationId } : { code } }),
      (d) => d.verificationId,
    ),
  verifyBackupCode: (code) => call(() => client.POST('/api/experience/verification/backup-code/verify', { body: { code } }), same),
  sendMfaEmailCode: () => call(() => client.POST('/api/experience/verification/mfa-email-code'), (d) => d.verificationId),
  verifyMfaEmailCode: (verificationId, code) =>
    call(
      () => client.POST('/api/experience/verification/mfa-email-code/verify', { body: { verificationId, code } }),
      (d) => d.verificationId,
    ),
  rememberBrowser: (rememberBrowser) =>
    call(() => client.PUT('/api/experience/remember-browser', { body: { rememberBrowser } }), nothing),
  createTotpSecret: () => call(() => client.POST('/api/experience/verification/totp/secret'), same),
  enrollTotp: (verificationId) =>
    call(() => client.POST('/api/experience/profile/mfa', { body: { type: 'totp', verificationId } }), (d) => d.backupCodes),
};
