import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import * as oauth from 'oauth4webapi';

/**
 * A confidential OIDC client as a real application would be: it sends the browser to
 * /oidc/auth (state, nonce, PKCE), then on /callback exchanges the code with client_secret_basic
 * and accepts the ID token only after checking its ES256 signature against /oidc/jwks.
 * An error response (after its iss and state were checked) gets a page of its own.
 * Signed in with the scope `account`, it also calls the account API (`GET /api/my-account` on
 * the issuer's origin) with its access token, as an application of the operator's would.
 */
export interface RelyingParty {
  url: string;
  clientId: string;
  /** Every query string /callback received, to prove that no code arrived. */
  callbacks: URLSearchParams[];
  close(): Promise<void>;
}

interface Transaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  scope: string;
}

// Gatehouse runs on plain http on the loopback in tests.
const insecure = { [oauth.allowInsecureRequests]: true };
const FORWARDED = ['ui_locales', 'prompt', 'login_hint', 'max_age'];
const hasScope = (scope: string, wanted: string) => scope.split(' ').includes(wanted);

/** What `GET /api/my-account` answered a token: its status and its JSON body. */
async function myAccount(issuer: URL, accessToken: string) {
  const response = await fetch(new URL('/api/my-account', issuer.origin), {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: shown as it came
  }
  return { status: response.status, body };
}

export async function startRelyingParty(opts: {
  issuer: string;
  clientId: string;
  clientSecret: string;
  port: number;
  scope?: string;
}): Promise<RelyingParty> {
  const issuer = new URL(opts.issuer);
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
  const client: oauth.Client = { client_id: opts.clientId, id_token_signed_response_alg: 'ES256' };
  const clientAuth = oauth.ClientSecretBasic(opts.clientSecret);
  const url = `http://127.0.0.1:${opts.port}`;
  const redirectUri = `${url}/callback`;
  // Cookies are per host, not per port: several RPs on 127.0.0.1 need distinct names.
  const cookieName = `rp_tx_${opts.clientId.replace(/\W/g, '_')}`;
  const transactions = new Map<string, Transaction>();
  const callbacks: URLSearchParams[] = [];

  /** `/login?scope=…` asks for another scope than the configured one, for this sign-in only. */
  async function login(req: URL, res: ServerResponse) {
    const tx: Transaction = {
      state: oauth.generateRandomState(),
      nonce: oauth.generateRandomNonce(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
      scope: req.searchParams.get('scope') ?? opts.scope ?? 'openid profile email',
    };
    transactions.set(tx.state, tx);
    const auth = new URL(as.authorization_endpoint!);
    auth.search = new URLSearchParams({
      response_type: 'code',
      client_id: opts.clientId,
      redirect_uri: redirectUri,
      scope: tx.scope,
      state: tx.state,
      nonce: tx.nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(tx.codeVerifier),
      code_challenge_method: 'S256',
    }).toString();
    for (const name of FORWARDED) {
      const value = req.searchParams.get(name);
      if (value !== null) auth.searchParams.set(name, value);
    }
    res.writeHead(302, {
      Location: auth.href,
      'Set-Cookie': `${cookieName}=${tx.state}; Path=/; HttpOnly; SameSite=Lax`,
    });
    res.end();
  }

  async function callback(req: IncomingMessage, current: URL, res: ServerResponse) {
    callbacks.push(new URLSearchParams(current.search));
    const bound = cookie(req, cookieName);
    const tx = bound ? transactions.get(bound) : undefined;
    if (!tx) return page(res, 400, 'Relying party error', { 'rp-error': { error: 'no transaction for this browser' } });
    transactions.delete(tx.state);
    try {
      const params = oauth.validateAuthResponse(as, client, current, tx.state);
      const tokenResponse = await oauth.authorizationCodeGrantRequest(
        as, client, clientAuth, params, redirectUri, tx.codeVerifier, insecure,
      );
      const tokens = await oauth.processAuthorizationCodeResponse(as, client, tokenResponse, {
        expectedNonce: tx.nonce,
        requireIdToken: true,
      });
      await oauth.validateApplicationLevelSignature(as, tokenResponse, insecure);
      const claims = oauth.getValidatedIdTokenClaims(tokens)!;
      const userinfo = await oauth.processUserInfoResponse(
        as, client, claims.sub,
        await oauth.userInfoRequest(as, client, tokens.access_token, insecure),
      );
      page(res, 200, 'Relying party: signed in', {
        claims,
        userinfo,
        'expected-nonce': tx.nonce,
        tokens: { token_type: tokens.token_type, scope: tokens.scope, has_refresh_token: Boolean(tokens.refresh_token) },
        ...(hasScope(tx.scope, 'account') ? { 'my-account': await myAccount(issuer, tokens.access_token) } : {}),
      });
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError) {
        // The server refused, with iss and state intact: say so as a real application would.
        const why = error.error_description ? `: ${error.error_description}` : '';
        const summary = `The authorization server answered ${error.error}${why}`;
        return page(res, 400, 'Relying party: authorization refused', { 'rp-error': describe(error) }, summary);
      }
      page(res, 400, 'Relying party error', { 'rp-error': describe(error) });
    }
  }

  /**
   * The login initiation endpoint (OpenID Connect Core, section 4): a sign-in another party
   * started, such as an invitation link. Only our issuer may start one.
   */
  async function initiateLogin(current: URL, res: ServerResponse) {
    if (current.searchParams.get('iss') !== as.issuer) {
      return page(res, 400, 'Relying party error', { 'rp-error': { error: 'unknown issuer' } });
    }
    await login(new URL('/login', url), res);
  }

  const server = createServer((req, res) => {
    const current = new URL(req.url ?? '/', url);
    const handler =
      current.pathname === '/login' ? login(current, res)
      : current.pathname === '/initiate-login' ? initiateLogin(current, res)
      : current.pathname === '/callback' ? callback(req, current, res)
      : Promise.resolve(page(res, 404, 'Not found', {}));
    handler.catch((error: unknown) => page(res, 500, 'Relying party crashed', { 'rp-error': describe(error) }));
  });
  server.listen(opts.port, '127.0.0.1');
  await once(server, 'listening');

  return {
    url,
    clientId: opts.clientId,
    callbacks,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function describe(error: unknown) {
  if (error instanceof oauth.ResponseBodyError) return { error: error.error, error_description: error.error_description };
  if (error instanceof oauth.AuthorizationResponseError) return { error: error.error, error_description: error.error_description };
  const e = error as { message?: string; code?: string; cause?: unknown };
  return { error: e.code ?? 'exception', error_description: e.message, cause: e.cause };
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return JSON.stringify(String(value));
  }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Each section is a <pre data-testid=name> holding JSON, for the page object to parse; the
 * summary, a sentence for people, is <p data-testid=summary>.
 */
function page(res: ServerResponse, status: number, title: string, sections: Record<string, unknown>, summary?: string) {
  if (res.headersSent) return;
  const lead = summary === undefined ? '' : `<p data-testid="summary">${escape(summary)}</p>\n`;
  const body = Object.entries(sections)
    .map(([name, value]) => `<h2>${name}</h2><pre data-testid="${name}">${escape(json(value))}</pre>`)
    .join('\n');
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>\n${lead}${body}</body></html>`);
}
