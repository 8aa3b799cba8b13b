/** The body of a response or request: the server labels bodies "application/json; charset=utf-8", so take whatever the one media type is. */
export type Json<T> = T extends { content: infer C } ? C[keyof C] : never;

/**
 * What every API call resolves to: never throws, so a page handles one shape. A failure carries
 * `rules` when the server lists them (`details.rules` of `user.weak_password`), `retryAfter`
 * (seconds) when it asks to wait (`rate_limit.exceeded`), and `upstreamError` when an external
 * provider refused (`details.upstreamError` of `social.authorization_denied`, e.g. `access_denied`).
 */
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;
export type ApiFailure = { ok: false; code: string; rules?: string[]; retryAfter?: number; upstreamError?: string };

/** Client-side codes, translated like server codes. */
export const NETWORK_ERROR = 'network';
export const UNEXPECTED_RESPONSE = 'internal.server_error';

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return UNEXPECTED_RESPONSE;
}

function details(error: unknown): object | undefined {
  if (!error || typeof error !== 'object' || !('details' in error)) return undefined;
  return error.details && typeof error.details === 'object' ? error.details : undefined;
}

/** `details.rules` of an error body, when it is a list of strings. */
function errorRules(error: unknown): string[] | undefined {
  const d = details(error);
  if (!d || !('rules' in d) || !Array.isArray(d.rules)) return undefined;
  return d.rules.filter((rule): rule is string => typeof rule === 'string');
}

/** `details.upstreamError` of an error body, when it is a string. */
function upstreamError(error: unknown): string | undefined {
  const d = details(error);
  return d && 'upstreamError' in d && typeof d.upstreamError === 'string' ? d.upstreamError : undefined;
}

/** Seconds to wait: `details.retryAfter`, else the `Retry-After` header (in seconds). */
function retryAfter(error: unknown, response: Response): number | undefined {
  const d = details(error);
  const fromBody = d && 'retryAfter' in d ? Number(d.retryAfter) : NaN;
  const seconds = Number.isFinite(fromBody) ? fromBody : Number(response.headers.get('Retry-After') ?? NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

function failure(error: unknown, response: Response): ApiFailure {
  const result: ApiFailure = { ok: false, code: errorCode(error) };
  const rules = errorRules(error);
  if (rules) result.rules = rules;
  const upstream = upstreamError(error);
  if (upstream !== undefined) result.upstreamError = upstream;
  const wait = response.status === 429 ? retryAfter(error, response) : undefined;
  if (wait !== undefined) result.retryAfter = wait;
  return result;
}

/** Runs an openapi-fetch request and keeps what `pick` takes from a success. */
export async function call<T, R>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  pick: (data: T) => R,
): Promise<ApiResult<R>> {
  try {
    const { data, error, response } = await request();
    if (!response.ok) return failure(error, response);
    return { ok: true, data: pick(data as T) };
  } catch {
    return { ok: false, code: NETWORK_ERROR };
  }
}

export const nothing = (): void => undefined;
export const same = <T>(data: T) => data;
