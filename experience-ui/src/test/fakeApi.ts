import { vi, type Mock } from 'vitest';
import type {
  ApiResult,
  Connector,
  ExperienceApi,
  IdentityNotLinkedStep,
  InteractionView,
  MfaStep,
  NextStep,
  SignInExperience,
  TotpSecret,
} from '../api/experience';

export const ok = <T>(data: T): ApiResult<T> => ({ ok: true, data });
export const fail = (code: string, rules?: string[]): ApiResult<never> =>
  rules ? { ok: false, code, rules } : { ok: false, code };

export function view(nextSteps: NextStep[], extra: Partial<InteractionView> = {}): InteractionView {
  return {
    application: { clientId: 'rp', name: 'Relying Party' },
    verifications: [],
    identified: false,
    rememberMe: false,
    profile: { invited: false, passwordSet: false },
    nextSteps,
    ...extra,
  };
}

/** The server's default password and username rules, as steps carry them. */
const passwordPolicy = {
  minLength: 8,
  maxBytes: 256,
  threeOfFourClasses: true,
  requireDigit: false,
  requireLowercase: false,
  requireUppercase: false,
  requireNonAlphanumeric: false,
  rejectsCommon: true,
  rejectsIdentifier: true,
};
const usernamePolicy = { maxLength: 64, alphanumericOnly: false };
const policies = { passwordPolicy, usernamePolicy };

export const passwordStep: NextStep = { type: 'verifyPassword', identifierTypes: ['username'] };
export const submitStep: NextStep = { type: 'submit', endpoint: '/api/experience/submit' };
/** A registration that asks for everything, on a server where accounts sign in with a username. */
export const profileStep: NextStep = { type: 'profile', missing: ['identifier', 'password'], identifierTypes: ['username'], ...policies };
/** A registration that asks for everything, on a server where accounts sign in with an email proved by a code. */
export const emailProfileStep: NextStep = { type: 'profile', missing: ['identifier', 'password'], identifierTypes: ['email'], ...policies };
/** A registration by email that has its address (from a code or an invitation) and asks for the password. */
export const passwordProfileStep: NextStep = { type: 'profile', missing: ['password'], identifierTypes: ['email'], ...policies };
export const sendCodeStep: NextStep = { type: 'sendVerificationCode', identifierTypes: ['email'] };
export const verifyCodeStep = (email = 'ann@example.com', verificationId = 'code-1'): NextStep => ({
  type: 'verifyCode',
  verificationId,
  email,
});
export const resetPasswordStep: NextStep = { type: 'resetPassword', endpoint: '/api/experience/profile/password', passwordPolicy };
export const redeemInvitationStep: NextStep = { type: 'redeemInvitation', endpoint: '/api/experience/verification/invitation' };
export const consentStep: NextStep = {
  type: 'consent',
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  application: { clientId: 'rp', name: 'Relying Party' },
};
/** A second factor due: the app and backup codes, unless told otherwise; "remember this browser" offered. */
export const mfaStep = (extra: Partial<MfaStep> = {}): NextStep => ({
  type: 'mfa',
  factors: ['totp', 'backupCode'],
  rememberBrowser: true,
  ...extra,
});
/** An external identity that no account has; registering and linking both offered unless told otherwise. */
export const identityNotLinkedStep = (extra: Partial<IdentityNotLinkedStep> = {}): NextStep => ({
  type: 'identityNotLinked',
  verificationId: 'social-1',
  connectorId: 'upstream',
  email: 'ann@upstream.example',
  name: 'Ann Upstream',
  register: true,
  link: true,
  ...extra,
});
/** The providers a sign-in experience offers, in order. */
export const connectors = (): Connector[] => [
  { id: 'upstream', name: 'Upstream', logoUrl: '/logos/upstream.svg' },
  { id: 'gitlab', name: 'GitLab' },
];
export const enrollMfaStep: NextStep = { type: 'enrollMfa', factors: ['totp'] };
/** A secret as the server makes one: `qr` a data URL, `secret` base32. */
export const totpSecret = (verificationId = 'totp-1'): TotpSecret => ({
  verificationId,
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Gatehouse:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatehouse',
  qr: 'data:image/svg+xml;base64,PHN2Zy8+',
});
export const backupCodes = (): string[] => Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(4, '0')}`);

/** A sign-in experience that offers "remember me" (and no registration) unless told otherwise. */
export function signInExperience(
  extra: Partial<SignInExperience['signIn']> = {},
  signUp: Partial<SignInExperience['signUp']> = {},
  passwordReset = false,
  branding: SignInExperience['branding'] = {},
): SignInExperience {
  const up = { enabled: false, openRegistration: false, invitation: false, captcha: false, identifiers: ['username' as const], ...signUp };
  const mode = up.enabled ? (up.openRegistration ? 'open' : 'invitation') : 'off';
  return {
    signIn: { local: true, emailCode: false, connectors: [], identifiers: ['username'], rememberMe: true, ...extra },
    signUp: { mode, ...up },
    passwordReset: { enabled: passwordReset },
    twoFactor: { enabled: false, required: false },
    branding,
    languages: ['en', 'fr'],
  };
}

/** The names of a fake API's methods (all `vi.fn`, overrides too) in the order they were called, one entry per call. */
export function callLog(api: ExperienceApi): string[] {
  return (Object.entries(api) as [string, Mock][])
    .flatMap(([name, fn]) => fn.mock.invocationCallOrder.map((order) => ({ order, name })))
    .sort((a, b) => a.order - b.order)
    .map(({ name }) => name);
}

export const deniedRedirect = 'https://rp.example/callback?error=access_denied&state=s1';

/**
 * A scripted Experience API: `views` are returned by successive GET interaction calls
 * (the last one repeats); every other call succeeds unless overridden.
 */
export function fakeApi(views: ApiResult<InteractionView>[], overrides: Partial<ExperienceApi> = {}) {
  let index = 0;
  const api = {
    getInteraction: vi.fn(async () => views[Math.min(index++, views.length - 1)]!),
    getSignInExperience: vi.fn(async () => fail('application.not_found')),
    startInteraction: vi.fn(async () => ok(undefined)),
    verifyPassword: vi.fn(async () => ok('ver-1')),
    identify: vi.fn(async () => ok(undefined)),
    changeInteractionEvent: vi.fn(async () => ok(undefined)),
    socialAuthorizationUri: vi.fn(async () =>
      ok({ authorizationUri: 'https://upstream.example/authorize?client_id=gh&state=s', verificationId: 'social-1' }),
    ),
    verifySocial: vi.fn(async () => ok(undefined)),
    rememberMe: vi.fn(async () => ok(undefined)),
    submit: vi.fn(async () => ok('/oidc/auth/resume')),
    allowConsent: vi.fn(async () => ok(undefined)),
    denyConsent: vi.fn(async () => ok(deniedRedirect)),
    setProfile: vi.fn(async () => ok(undefined)),
    sendCode: vi.fn(async () => ok({ verificationId: 'code-1' })),
    verifyCode: vi.fn(async () => ok('code-1')),
    redeemInvitation: vi.fn(async () => ok('inv-1')),
    invitationLoginInitiation: vi.fn(async () => fail('invitation.no_application')),
    setNewPassword: vi.fn(async () => ok(undefined)),
    getCaptcha: vi.fn(async () => fail('request.not_found')),
    verifyTotp: vi.fn(async () => ok('mfa-1')),
    verifyBackupCode: vi.fn(async () => ok({ verificationId: 'mfa-1', remaining: 9 })),
    sendMfaEmailCode: vi.fn(async () => ok('mfa-email-1')),
    verifyMfaEmailCode: vi.fn(async () => ok('mfa-1')),
    rememberBrowser: vi.fn(async () => ok(undefined)),
    createTotpSecret: vi.fn(async () => ok(totpSecret())),
    enrollTotp: vi.fn(async () => ok(backupCodes())),
    ...overrides,
  } satisfies ExperienceApi;
  return api;
}
