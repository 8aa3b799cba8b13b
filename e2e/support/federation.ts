import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test as base } from '../fixtures.ts';
import { AccountPage } from '../pages/account/AccountPage.ts';
import { RelyingPartyPage } from '../pages/RelyingPartyPage.ts';
import { SignInPage } from '../pages/SignInPage.ts';
import { ConnectorButtons } from '../pages/social/ConnectorButtons.ts';
import { IdentityNotLinkedStep } from '../pages/social/IdentityNotLinkedStep.ts';
import { ProviderSignInPage } from '../pages/social/ProviderSignInPage.ts';
import { SocialCallbackPage } from '../pages/social/SocialCallbackPage.ts';
import type { ConnectorToml, GatehouseToml } from './config.ts';
import { freePort, startGatehouse, type RunningGatehouse } from './gatehouse.ts';
import { Mailbox } from './mail.ts';
import { startRelyingParty, type RelyingParty } from './relying-party.ts';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The upstream provider is named `localhost`, everything else `127.0.0.1`. Cookies are per host,
 * not per port, and both Gatehouses name their cookies alike (`gatehouse_interaction` is fixed):
 * on one host, the upstream's interaction cookie would replace the downstream's half-way through
 * the sign-in it is part of. Two hosts, as two real deployments would have. (Not `127.0.0.2`: the
 * server accepts it in `issuer` but refuses the http endpoints its discovery names, allowing
 * only `127.0.0.1`, `localhost` and `[::1]` there.)
 */
export const UPSTREAM_HOST = 'localhost';

/** The connector the downstream declares for the upstream: its button says "Continue with Upstream". */
export const CONNECTOR = { id: 'up', name: 'Upstream' } as const;

export interface FederationOptions {
  /** Names the temporary folders and the logs kept in test-results (`<name>-upstream-gatehouse.log`, …). */
  name: string;
  /** The downstream's `[sign_in]`: `local = false` and `loginButtonProvider` for single-provider mode. */
  signIn?: GatehouseToml['signIn'];
  /** More TOML for the downstream, whole sections such as `[rate_limits]`. */
  extra?: string[];
}

export interface Federation {
  /**
   * The `test` to declare the file's tests with: `app` signs in at the downstream's relying
   * party, `account` is the downstream's /account, `mailbox` reads the downstream's mail; and
   * the page objects of external sign-in.
   */
  test: ReturnType<typeof extend>;
  /** The identity provider: its users are created with `upstream.gatehouse.createUser`. */
  readonly upstream: RunningGatehouse;
  /** The Gatehouse whose `[[connectors]]` signs people in at the upstream. */
  readonly downstream: RunningGatehouse;
  /** The downstream's relying party. */
  readonly rp: RelyingParty;
}

interface Started {
  dirs: { upstream: string; downstream: string };
  upstream: RunningGatehouse;
  downstream: RunningGatehouse;
  rp: RelyingParty;
}

function extend(started: () => Started) {
  return base.extend<{
    connectors: ConnectorButtons;
    /** The upstream's own sign-in page. */
    provider: ProviderSignInPage;
    notLinked: IdentityNotLinkedStep;
    callback: SocialCallbackPage;
  }>({
    app: async ({ page }, use) => {
      const { rp } = started();
      rp.callbacks.length = 0;
      await use(new RelyingPartyPage(page, rp));
    },
    account: async ({ page }, use) => use(new AccountPage(page, started().downstream.baseUrl)),
    mailbox: async ({}, use) => use(new Mailbox(join(started().dirs.downstream, 'mail'))),
    connectors: async ({ page }, use) => use(new ConnectorButtons(page)),
    provider: async ({ page }, use) => use(new ProviderSignInPage(page, started().upstream.baseUrl)),
    notLinked: async ({ page }, use) => use(new IdentityNotLinkedStep(page)),
    callback: async ({ page }, use) => use(new SocialCallbackPage(page)),
  });
}

/**
 * Two Gatehouses of the test file's own, started before its tests and stopped after them: an
 * UPSTREAM one (its own database; a client registered for the downstream's callback URI) and a
 * DOWNSTREAM one whose connector `up` signs people in there by OpenID Connect (discovery, a
 * signed ID token), with a relying party. Users are the tests' own: `freshUser` on either CLI.
 */
export function federation(options: FederationOptions): Federation {
  const { name } = options;
  let state: Started | undefined;
  const started = (): Started => {
    if (!state) throw new Error(`the ${name} Gatehouses have not started`);
    return state;
  };
  const stops: (() => Promise<void>)[] = [];
  const dirs: Partial<Started['dirs']> = {};

  const test = extend(started);

  test.beforeAll(async ({ env }) => {
    test.setTimeout(120_000);
    dirs.upstream = mkdtempSync(join(tmpdir(), `gatehouse-e2e-${name}-upstream-`));
    dirs.downstream = mkdtempSync(join(tmpdir(), `gatehouse-e2e-${name}-downstream-`));
    // The downstream's port first: the upstream registers its callback URI.
    const [upPort, downPort, rpPort] = [await freePort(), await freePort(), await freePort()];
    const downstreamUrl = `http://127.0.0.1:${downPort}`;
    const client = {
      clientId: `${name}-downstream`,
      clientSecret: `${name}-downstream-secret-0123456789`,
      name: 'Downstream Gatehouse',
    };

    const upstream = await startGatehouse(env.bin, {
      dir: dirs.upstream,
      host: UPSTREAM_HOST,
      port: upPort,
      email: { transport: 'file', dir: join(dirs.upstream, 'mail') },
      // First-party: the downstream is the operator's own, no consent page at the provider.
      clients: [{ ...client, redirectUri: `${downstreamUrl}/callback/${CONNECTOR.id}`, firstParty: true }],
    });
    stops.push(upstream.stop);

    const connector: ConnectorToml = {
      id: CONNECTOR.id,
      kind: 'oidc',
      name: CONNECTOR.name,
      issuer: upstream.issuer,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
    };
    const rpClient = { clientId: `${name}-rp`, clientSecret: `${name}-rp-secret-0123456789`, name: 'Federated Relying Party' };
    const downstream = await startGatehouse(env.bin, {
      dir: dirs.downstream,
      port: downPort,
      email: { transport: 'file', dir: join(dirs.downstream, 'mail') },
      clients: [{ ...rpClient, redirectUri: `http://127.0.0.1:${rpPort}/callback`, firstParty: true }],
      connectors: [connector],
      signIn: options.signIn,
      extra: options.extra,
    });
    stops.push(downstream.stop);

    const rp = await startRelyingParty({ issuer: downstream.issuer, ...rpClient, port: rpPort });
    stops.push(rp.close);
    state = { dirs: { upstream: dirs.upstream, downstream: dirs.downstream }, upstream, downstream, rp };
  });

  test.afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    stops.length = 0;
    // The logs outlive the temp dirs, next to Playwright's own artifacts.
    const results = resolve(here, '../test-results');
    mkdirSync(results, { recursive: true });
    for (const [role, dir] of Object.entries(dirs)) {
      if (!dir) continue;
      const log = join(dir, 'gatehouse.log');
      if (existsSync(log)) copyFileSync(log, join(results, `${name}-${role}-gatehouse.log`));
      if (!process.env.GATEHOUSE_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
    }
  });

  return {
    test,
    get upstream() {
      return started().upstream;
    },
    get downstream() {
      return started().downstream;
    },
    get rp() {
      return started().rp;
    },
  };
}

/** The page objects of a sign-in through the upstream in `page` (a fresh context's, say). */
export function federatedPages(page: Page, fed: Pick<Federation, 'rp' | 'upstream'>) {
  return {
    app: new RelyingPartyPage(page, fed.rp),
    signIn: new SignInPage(page),
    connectors: new ConnectorButtons(page),
    provider: new ProviderSignInPage(page, fed.upstream.baseUrl),
    notLinked: new IdentityNotLinkedStep(page),
    callback: new SocialCallbackPage(page),
  };
}
