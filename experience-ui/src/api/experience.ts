import { client } from './client';
import type { paths } from './schema';

// The server labels bodies "application/json; charset=utf-8": take whatever the one media type is.
type Json<T> = T extends { content: infer C } ? C[keyof C] : never;

export type InteractionView = Json<paths['/api/experience/interaction']['get']['responses'][200]>;
export type SignInExperience = Json<paths['/api/.well-known/sign-in-exp']['get']['responses'][200]>;
export type NextStep = InteractionView['nextSteps'][number];
export type InteractionEvent = NonNullable<InteractionView['interactionEvent']>;
export type IdentifierType = InteractionView['verifications'][number]['identifierType'];
export type ConsentStep = Extract<NextStep, { type: 'consent' }>;
export type ProfileStep = Extract<NextStep, { type: 'profile' }>;
/** A registration field, given with `setProfile`. */
export type ProfileField = Json<paths['/api/experience/profile']['post']['requestBody']>['type'];

/**
 * What every call resolves to: never throws, so the flow handles one shape. A failure carries
 * `rules` when the server lists them (`details.rules` of `user.weak_password`).
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: string; rules?: string[] };

/** Client-side codes, translated like server codes. */
export const NETWORK_ERROR = 'network';
export const UNEXPECTED_RESPONSE = 'internal.server_error';

/** The Experience API as the flows see it; tests replace it with a fake. */
export interface ExperienceApi {
  getInteraction(): Promise<ApiResult<InteractionView>>;
  getSignInExperience(appId?: string): Promise<ApiResult<SignInExperience>>;
  startInteraction(event: InteractionEvent): Promise<ApiResult<void>>;
  verifyPassword(type: IdentifierType, value: string, password: string): Promise<ApiResult<string>>;
  identify(verificationId: string): Promise<ApiResult<void>>;
  /** Whether the session this sign-in starts outlives the browser; only when the server offers it. */
  rememberMe(remember: boolean): Promise<ApiResult<void>>;
  submit(): Promise<ApiResult<string>>;
  /** The user allows the application's scopes; what comes next is in the interaction. */
  allowConsent(): Promise<ApiResult<void>>;
  /** The user refuses: resolves to the client's redirect URI carrying `error=access_denied`. */
  denyConsent(): Promise<ApiResult<string>>;
  /** In a registration: the username first, then the password (which must not contain it). */
  setProfile(type: ProfileField, value: string): Promise<ApiResult<void>>;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return UNEXPECTED_RESPONSE;
}

/** `details.rules` of an error body, when it is a list of strings. */
function errorRules(error: unknown): string[] | undefined {
  if (!error || typeof error !== 'object' || !('details' in error)) return undefined;
  const { details } = error;
  if (!details || typeof details !== 'object' || !('rules' in details) || !Array.isArray(details.rules)) {
    return undefined;
  }
  return details.rules.filter((rule): rule is string => typeof rule === 'string');
}

function failure(error: unknown): ApiResult<never> {
  const code = errorCode(error);
  const rules = errorRules(error);
  return rules ? { ok: false, code, rules } : { ok: false, code };
}

async function call<T, R>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  pick: (data: T) => R,
): Promise<ApiResult<R>> {
  try {
    const { data, error, response } = await request();
    if (!response.ok) return failure(error);
    return { ok: true, data: pick(data as T) };
  } catch {
    return { ok: false, code: NETWORK_ERROR };
  }
}

const nothing = (): void => undefined;

export const experienceApi: ExperienceApi = {
  getInteraction: () => call(() => client.GET('/api/experience/interaction'), (d) => d),
  getSignInExperience: (appId) =>
    call(
      () => client.GET('/api/.well-known/sign-in-exp', { params: { query: appId ? { appId } : {} } }),
      (d) => d,
    ),
  startInteraction: (interactionEvent) =>
    call(() => client.PUT('/api/experience', { body: { interactionEvent } }), nothing),
  verifyPassword: (type, value, password) =>
    call(
      () =>
        client.POST('/api/experience/verification/password', {
          body: { identifier: { type, value }, password },
        }),
      (d) => d.verificationId,
    ),
  identify: (verificationId) =>
    call(() => client.POST('/api/experience/identification', { body: { verificationId } }), nothing),
  rememberMe: (rememberMe) =>
    call(() => client.PUT('/api/experience/remember-me', { body: { rememberMe } }), nothing),
  submit: () => call(() => client.POST('/api/experience/submit'), (d) => d.redirectTo),
  allowConsent: () => call(() => client.POST('/api/experience/consent'), nothing),
  denyConsent: () => call(() => client.POST('/api/experience/consent/deny'), (d) => d.redirectTo),
  setProfile: (type, value) => call(() => client.POST('/api/experience/profile', { body: { type, value } }), nothing),
};
