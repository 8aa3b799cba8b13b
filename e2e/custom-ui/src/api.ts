// The typed client: every type comes from schema.gen.d.ts, which `npm run build:custom-ui`
// generates from openapi/openapi.json with openapi-typescript. Nothing here is written by hand
// from the server's code, and nothing is shared with experience-ui/.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen';

export type Schemas = components['schemas'];
export type Interaction = Schemas['Interaction'];
export type NextStep = Schemas['NextStep'];
export type ErrorBody = Schemas['ErrorBody'];
export type ErrorCode = Schemas['ErrorCode'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type IdentifierType = Schemas['IdentifierType'];
export type InteractionEvent = Schemas['InteractionEvent'];

declare global {
  interface Window {
    /** Written by the static server's /config.js. */
    GATEHOUSE_CONFIG?: { baseUrl: string };
  }
}

/** Gatehouse's origin: from /config.js, or `?gatehouse=` for a quick try by hand. */
export function gatehouseBaseUrl(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('gatehouse');
  const baseUrl = window.GATEHOUSE_CONFIG?.baseUrl ?? fromQuery;
  if (!baseUrl) throw new Error('no Gatehouse base URL: serve /config.js or add ?gatehouse=');
  return baseUrl.replace(/\/+$/, '');
}

/** Another origin of the same site: the interaction cookie goes along only with `credentials: 'include'`. */
export function makeClient(baseUrl: string) {
  return createClient<paths>({ baseUrl, credentials: 'include' });
}

export type Client = ReturnType<typeof makeClient>;

/** What a call ends with: the data, or the server's error body (or one made up for a network failure). */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: ErrorBody; status: number };

/**
 * Runs one openapi-fetch call and normalises its answer. A failure that is not an `ErrorBody`
 * (the network, a proxy's HTML page) becomes `ui.network_error` / `ui.unexpected_response`.
 */
export async function call<T>(
  run: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Outcome<T>> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await run();
  } catch (e) {
    return { ok: false, status: 0, error: uiError('ui.network_error', String(e)) };
  }
  if (result.response.ok) return { ok: true, data: result.data as T };
  const error = result.error;
  if (isErrorBody(error)) return { ok: false, status: result.response.status, error };
  return {
    ok: false,
    status: result.response.status,
    error: uiError('ui.unexpected_response', `HTTP ${result.response.status}`),
  };
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

/** An error of this UI's own (not one the server answers), shaped like the server's. */
export function uiError(code: string, message: string): ErrorBody {
  return { code: code as ErrorCode, message };
}
