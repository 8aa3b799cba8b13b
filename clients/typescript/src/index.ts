// @gatehouse/experience-client: the Experience API's types (src/schema.ts, generated from the
// OpenAPI document) and a fetch client over them (openapi-fetch). See docs/custom-ui.md.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** Every schema of the document by name: `Schemas['Interaction']`, `Schemas['ErrorBody']`. */
export type Schemas = components['schemas'];
/** What `GET /api/experience/interaction` answers. */
export type Interaction = Schemas['Interaction'];
/** One step of `Interaction.nextSteps`, a union tagged by `type`. */
export type NextStep = Schemas['NextStep'];
/** The type of a `NextStep`: `'verifyPassword'`, `'submit'`, … */
export type NextStepType = NextStep['type'];
/** Every error: `{code, message, details?}`. */
export type ErrorBody = Schemas['ErrorBody'];
/** A stable, dotted error code (`session.invalid_credentials`): translate `error.<code>`. */
export type ErrorCode = Schemas['ErrorCode'];

/** The typed client: `api.GET('/api/experience/interaction')`, `api.POST('/api/experience/submit')`. */
export type ExperienceClient = Client<paths>;

export type ExperienceClientOptions = Omit<ClientOptions, 'baseUrl'>;

/**
 * A client of the Experience API at `baseUrl` (Gatehouse's `public_url`, such as
 * `https://auth.example.com`). Every call sends the browser's cookies (`credentials: 'include'`),
 * since the interaction cookie set by `/oidc/auth` is what carries the sign-in; `opts` may add
 * headers, a `fetch` of its own, or anything else openapi-fetch takes.
 */
export function createExperienceClient(baseUrl: string, opts: ExperienceClientOptions = {}): ExperienceClient {
  return createClient<paths>({ credentials: 'include', ...opts, baseUrl: baseUrl.replace(/\/+$/, '') });
}

/** The step to do now: `nextSteps[0]`. */
export function currentStep(interaction: Interaction): NextStep | undefined {
  return interaction.nextSteps[0];
}

/** Whether an error answer's body is an `ErrorBody`. */
export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** The administration API's client: `admin.GET('/api/admin/applications')`. */
export type AdminClient = Client<paths>;

/**
 * A client of the administration API at `baseUrl`, for a back office or an operator's script
 * (never a page: the token is an admin credential). `accessToken` comes from the
 * client_credentials grant of an admin client with the scope `admin`; it is sent as a bearer
 * token and no cookie is sent.
 */
export function createAdminClient(
  baseUrl: string,
  accessToken: string,
  opts: ExperienceClientOptions = {},
): AdminClient {
  const headers = new Headers(opts.headers as HeadersInit | undefined);
  headers.set('Authorization', `Bearer ${accessToken}`);
  return createClient<paths>({ credentials: 'omit', ...opts, headers, baseUrl: baseUrl.replace(/\/+$/, '') });
}
