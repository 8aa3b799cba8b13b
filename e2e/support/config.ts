import { join } from 'node:path';

/** The TOML a Gatehouse under test runs with: one place, so a second server is the same kind. */

const str = (value: string) => JSON.stringify(value); // TOML basic strings accept JSON escapes

export interface ClientToml {
  clientId: string;
  clientSecret?: string;
  name: string;
  redirectUri: string;
  firstParty: boolean;
  /** Where an invitation link for this client, opened with no sign-in under way, sends the browser. */
  initiateLoginUri?: string;
}

export function clientToml(c: ClientToml): string {
  return [
    '[[clients]]',
    `client_id = ${str(c.clientId)}`,
    ...(c.clientSecret ? [`client_secret = ${str(c.clientSecret)}`] : []),
    `name = ${str(c.name)}`,
    `redirect_uris = [${str(c.redirectUri)}]`,
    'post_logout_redirect_uris = []',
    'grant_types = ["authorization_code", "refresh_token"]',
    // An explicit list leaves nothing to the defaults: `account` too, for the account API.
    'scopes = ["openid", "profile", "email", "offline_access", "account"]',
    `first_party = ${c.firstParty}`,
    ...(c.initiateLoginUri ? [`initiate_login_uri = ${str(c.initiateLoginUri)}`] : []),
    '',
  ].join('\n');
}

/**
 * An admin client (`admin = true`): confidential, with client credentials alone, whose token
 * (scope `admin`) calls the administration API; see support/admin-api.ts.
 */
export interface AdminClientToml {
  clientId: string;
  /** 16 characters or more. */
  clientSecret: string;
  name: string;
}

export function adminClientToml(c: AdminClientToml): string {
  return [
    '[[clients]]',
    `client_id = ${str(c.clientId)}`,
    `client_secret = ${str(c.clientSecret)}`,
    `name = ${str(c.name)}`,
    'redirect_uris = []',
    'grant_types = ["client_credentials"]',
    'admin = true',
    '',
  ].join('\n');
}

/**
 * `[[connectors]]`: an external identity provider, here another Gatehouse found by discovery.
 * Its redirect URI, to register at the provider, is `{public_url}/callback/{id}`.
 */
export interface ConnectorToml {
  id: string;
  kind: 'oidc';
  /** The provider's issuer, `{its public_url}/oidc`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's "Continue with {name}". */
  name: string;
}

export function connectorToml(c: ConnectorToml): string {
  return [
    '[[connectors]]',
    `id = ${str(c.id)}`,
    `kind = ${str(c.kind)}`,
    `name = ${str(c.name)}`,
    `issuer = ${str(c.issuer)}`,
    `client_id = ${str(c.clientId)}`,
    `client_secret = ${str(c.clientSecret)}`,
    '',
  ].join('\n');
}

/** How messages leave: `.eml` files in a folder, or SMTP without TLS to a local sink. */
export type EmailToml = { transport: 'file'; dir: string } | { transport: 'smtp'; host: string; port: number };

export interface GatehouseToml {
  /** The server's own folder: its SQLite database goes there. */
  dir: string;
  /**
   * The host of its `public_url`: `127.0.0.1` by default; it listens on `127.0.0.1` either way.
   * Cookies are per host, not per port, so a second Gatehouse whose cookies must not meet the
   * first's in one browser (an upstream provider) is named `localhost`.
   */
  host?: string;
  port: number;
  email: EmailToml;
  clients: ClientToml[];
  /** `[sign_in] local_by_email`: accounts sign in (and so register) with an email, not a username. */
  signInByEmail?: boolean;
  /**
   * `[sign_in]`: `local = false` turns the password form off; `loginButtonProvider` names the
   * connector of single-provider mode; `emailCode` offers sign-in by a mailed code.
   */
  signIn?: { local?: boolean; loginButtonProvider?: string; emailCode?: boolean };
  /** `[[connectors]]`: external identity providers. */
  connectors?: ConnectorToml[];
  /**
   * `[two_factor]`: on by default (users without a factor sign in as before); `required`: every
   * account sets up an authenticator app at its next sign-in; `cookieLifetime`: how long the
   * second factor may take (`"5s"`; the server's 5 minutes by default).
   */
  twoFactor?: { enabled?: boolean; required?: boolean; cookieLifetime?: string };
  /** More TOML, whole sections such as `[registration]` (not `[email]`, `[sign_in]` nor `[two_factor]`). */
  extra?: string[];
}

export function gatehouseToml(c: GatehouseToml): string {
  const email =
    c.email.transport === 'file'
      ? ['transport = "file"', `dir = ${str(c.email.dir)}`]
      : [
          'transport = "smtp"',
          `smtp_host = ${str(c.email.host)}`,
          `smtp_port = ${c.email.port}`,
          'smtp_tls = "none"',
        ];
  const host = c.host ?? '127.0.0.1';
  return [
    `public_url = ${str(`http://${host}:${c.port}`)}`,
    `listen = ${str(`127.0.0.1:${c.port}`)}`,
    '',
    '[database]',
    `url = ${str(`sqlite://${join(c.dir, 'gh.db')}?mode=rwc`)}`,
    '',
    '[email]',
    ...email,
    'from = "Gatehouse E2E <no-reply@gatehouse.test>"',
    '',
    // A fixed, public key-encryption key: the e2e databases are throwaway.
    '[secrets]',
    'kek = "Z2F0ZWhvdXNlIGUyZS9iZW5jaCBrZWssIHB1YmxpYyE="',
    '',
    '[password_hashing]',
    'memory_kib = 1024',
    'iterations = 1',
    'parallelism = 1',
    '',
    '[sign_in]',
    `local_by_email = ${c.signInByEmail ?? false}`,
    ...(c.signIn?.local === undefined ? [] : [`local = ${c.signIn.local}`]),
    ...(c.signIn?.loginButtonProvider ? [`login_button_provider = ${str(c.signIn.loginButtonProvider)}`] : []),
    ...(c.signIn?.emailCode === undefined ? [] : [`email_code = ${c.signIn.emailCode}`]),
    '',
    '[two_factor]',
    `enabled = ${c.twoFactor?.enabled ?? true}`,
    `required = ${c.twoFactor?.required ?? false}`,
    ...(c.twoFactor?.cookieLifetime ? [`cookie_lifetime = ${str(c.twoFactor.cookieLifetime)}`] : []),
    '',
    // The demo relying party at /demo, which the demo specs drive.
    '[endpoints]',
    'demo_page = true',
    '',
    ...(c.extra ?? []),
    '',
    ...c.clients.map(clientToml),
    ...(c.connectors ?? []).map(connectorToml),
  ].join('\n');
}
