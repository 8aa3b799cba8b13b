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

/** What every call resolves to: never throws, so the flow handles one shape. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; code: string };

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
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return UNEXPECTED_RESPONSE;
}

async function call<T, R>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  pick: (data: T) => R,
): Promise<ApiResult<R>> {
  try {
    const { data, error, response } = await request();
    if (!response.ok) return { ok: false, code: errorCode(error) };
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
};
