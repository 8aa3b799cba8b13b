// The node-oidc-provider configuration that mirrors Gatehouse's bench setup: one first-party
// confidential client, computed accounts sharing one argon2id hash, consent granted automatically.

import Provider from 'oidc-provider';

const DAY = 24 * 60 * 60;

/** Accounts `user0` … `user{users-1}` exist without any storage: everything derives from the name. */
export function accountFor(id, users) {
  const match = /^user(0|[1-9]\d*)$/.exec(id);
  if (!match || Number(match[1]) >= users) return undefined;
  return {
    accountId: id,
    claims: () => ({ sub: id, preferred_username: id, email: `${id}@bench.test`, email_verified: true }),
  };
}

/**
 * @param {object} o
 * @param {string} o.issuer
 * @param {object} o.signingKey private ES256 JWK, the same in every worker
 * @param {string[]} o.cookieKeys the same in every worker
 * @param {object} o.client {clientId, clientSecret, redirectUri}
 * @param {number} o.users
 * @param {Function} o.adapter an oidc-provider adapter (class or factory)
 */
export function createProvider({ issuer, signingKey, cookieKeys, client, users, adapter }) {
  const firstParty = (c) => c?.clientId === client.clientId;

  return new Provider(issuer, {
    adapter,
    clients: [{
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
      response_types: ['code'],
      id_token_signed_response_alg: 'ES256',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // A client may revoke and introspect the tokens issued to it (and, being stated, the
      // defaults' start-up notices stay quiet).
      revocation: { enabled: true, allowedPolicy: (_ctx, c, token) => token.clientId === c.clientId },
      introspection: { enabled: true, allowedPolicy: (_ctx, c, token) => token.clientId === c.clientId },
    },
    // 9.x only requires PKCE for public clients by default; Gatehouse requires it for every client.
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: { openid: ['sub'], profile: ['preferred_username'], email: ['email', 'email_verified'] },
    // The default issueRefreshToken (refresh_token allowed and offline_access granted) is what we
    // want once offline_access survives the request: see extraParams below.
    rotateRefreshToken: true,
    ttl: {
      AccessToken: 3600,
      ClientCredentials: 3600,
      IdToken: 3600,
      RefreshToken: 30 * DAY,
      Interaction: 3600,
      Session: 14 * DAY,
      Grant: 14 * DAY,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => accountFor(id, users),

    // OIDC Core §11 wants prompt=consent with offline_access "unless other conditions permit";
    // oidc-provider enforces it by silently dropping the scope from the request
    // (lib/actions/authorization/scopes.js), so no refresh token would ever be issued. Gatehouse
    // grants its first-party client offline access without a consent screen, so put the scope back
    // when that client asked for it. An extraParams validator is the one configuration hook that
    // runs after that check with the request at hand; the parameter name itself is never sent.
    extraParams: {
      first_party_offline_access(ctx, _value, c) {
        if (ctx.oidc.route !== 'authorization' || !firstParty(c)) return;
        const raw = (ctx.method === 'POST' ? ctx.oidc.body : ctx.query)?.scope;
        if (typeof raw !== 'string' || !raw.split(' ').includes('offline_access')) return;
        const scopes = new Set(ctx.oidc.params.scope?.split(' ').filter(Boolean));
        scopes.add('offline_access');
        ctx.oidc.params.scope = [...scopes].join(' ');
      },
    },

    // "Skip consent for first-party clients": once the user is logged in, the grant for the
    // requested scopes and claims exists without a consent interaction, as Gatehouse auto-grants.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (!firstParty(oidc.client)) return grant;

      const scopes = [...oidc.requestParamOIDCScopes];
      const claims = [...oidc.requestParamClaims];
      const encounteredScopes = new Set(grant?.getOIDCScopeEncountered().split(' '));
      const encounteredClaims = new Set(grant?.getOIDCClaimsEncountered());
      if (grant && scopes.every((s) => encounteredScopes.has(s))
        && claims.every((c) => encounteredClaims.has(c))) {
        return grant; // already covers this request: no write
      }
      grant ??= new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(scopes.join(' '));
      if (claims.length) grant.addOIDCClaims(claims);
      await grant.save();
      return grant;
    },
  });
}
