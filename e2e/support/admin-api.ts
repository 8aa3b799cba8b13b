import createClient from 'openapi-fetch';
// The types `npm run typecheck` generates from openapi/openapi.json (for the custom UI): the
// policy sent here is checked against the committed OpenAPI document, not written by hand.
import type { components, paths } from '../custom-ui/src/schema.gen';
import type { AdminClientToml } from './config.ts';

/** The body of `PUT /api/admin/applications/{id}/policy`: a field left out keeps the global setting. */
export type ApplicationPolicy = components['schemas']['AdminApplicationPolicyRequest'];

/**
 * The administration API as a back office calls it: a token by client credentials as an admin
 * client (HTTP Basic, scope `admin`), then `/api/admin` with it as a bearer token.
 */
export class AdminApi {
  private constructor(
    private readonly client: ReturnType<typeof createClient<paths>>,
  ) {}

  /** `baseUrl`: the server's public URL; `admin`: a client declared with adminClientToml. */
  static async connect(baseUrl: string, admin: Pick<AdminClientToml, 'clientId' | 'clientSecret'>): Promise<AdminApi> {
    const basic = Buffer.from(`${encodeURIComponent(admin.clientId)}:${encodeURIComponent(admin.clientSecret)}`);
    const response = await fetch(new URL('/oidc/token', baseUrl), {
      method: 'POST',
      headers: { Authorization: `Basic ${basic.toString('base64')}`, Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'admin' }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`client credentials as ${admin.clientId}: ${response.status} ${text}`);
    const { access_token: token } = JSON.parse(text) as { access_token: string };
    return new AdminApi(createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } }));
  }

  /** Replaces the sign-in policy of application `id`; resolves to the document as stored. */
  async putPolicy(id: string, policy: ApplicationPolicy) {
    const { data, error, response } = await this.client.PUT('/api/admin/applications/{id}/policy', {
      params: { path: { id } },
      body: policy,
    });
    if (!data) throw new Error(`PUT policy of ${id}: ${response.status} ${JSON.stringify(error)}`);
    return data;
  }
}
