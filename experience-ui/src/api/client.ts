import createClient from 'openapi-fetch';
import type { paths } from './schema';

// Same origin as the server; the interaction cookie is HttpOnly and travels by itself.
export const client = createClient<paths>({ baseUrl: '', credentials: 'include' });
