import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '../fixtures.ts';
import { RelyingPartyPage } from '../pages/RelyingPartyPage.ts';
import type { EmailToml, GatehouseToml } from './config.ts';
import { freePort, startGatehouse, type Gatehouse, type RunningGatehouse } from './gatehouse.ts';
import { Mailbox } from './mail.ts';
import { startRelyingParty, type RelyingParty } from './relying-party.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface ExtraGatehouseOptions extends Pick<GatehouseToml, 'signInByEmail' | 'signIn' | 'twoFactor' | 'extra'> {
  /** Names its temporary folder and the logs kept in test-results (`<name>-gatehouse.log`). */
  name: string;
  /** Its one client, first-party, whose relying party the `app` fixture signs in at. */
  client: { clientId: string; clientSecret: string; name: string };
  /** How its mail leaves, given its folder; by default the file transport, which `mailbox` reads. */
  email?: (dir: string) => Promise<EmailToml>;
  /** Sets state up with the CLI before it serves (users). */
  prepare?: (gatehouse: Gatehouse) => Promise<void>;
  /** Other logs in its folder to keep in test-results. */
  logs?: string[];
  /** Stops what `email` started, once the server is down. */
  cleanup?: () => Promise<void>;
}

export interface ExtraGatehouse {
  /**
   * The `test` to declare the file's tests with: `app` signs in at this server's relying party
   * and `mailbox` reads its file transport; the other fixtures are the usual ones.
   */
  test: typeof base;
  readonly server: RunningGatehouse;
  readonly rp: RelyingParty;
}

/**
 * A second Gatehouse with a config of its own (database, port, client, relying party), started
 * before the tests of the file (or describe block) that calls this, and stopped after them.
 */
export function extraGatehouse(options: ExtraGatehouseOptions): ExtraGatehouse {
  const { name, client } = options;
  let dir: string | undefined;
  let server: RunningGatehouse | undefined;
  let rp: RelyingParty | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the ${name} Gatehouse has not started`);
    return value;
  };

  const test = base.extend({
    app: async ({ page }, use) => {
      started(rp).callbacks.length = 0;
      await use(new RelyingPartyPage(page, started(rp)));
    },
    mailbox: async ({}, use) => use(new Mailbox(join(started(dir), 'mail'))),
  });

  test.beforeAll(async ({ env }) => {
    test.setTimeout(90_000);
    dir = mkdtempSync(join(tmpdir(), `gatehouse-e2e-${name}-`));
    const [port, rpPort] = [await freePort(), await freePort()];
    const email = options.email ? await options.email(dir) : ({ transport: 'file', dir: join(dir, 'mail') } as const);
    server = await startGatehouse(
      env.bin,
      {
        dir,
        port,
        email,
        clients: [{ ...client, redirectUri: `http://127.0.0.1:${rpPort}/callback`, firstParty: true }],
        signInByEmail: options.signInByEmail,
        signIn: options.signIn,
        twoFactor: options.twoFactor,
        extra: options.extra,
      },
      options.prepare,
    );
    rp = await startRelyingParty({ issuer: server.issuer, ...client, port: rpPort });
  });

  test.afterAll(async () => {
    await rp?.close();
    await server?.stop();
    await options.cleanup?.();
    if (!dir) return;
    // The logs outlive the temp dir, next to Playwright's own artifacts.
    const results = resolve(here, '../test-results');
    mkdirSync(results, { recursive: true });
    for (const log of ['gatehouse.log', ...(options.logs ?? [])]) {
      if (existsSync(join(dir, log))) copyFileSync(join(dir, log), join(results, `${name}-${log}`));
    }
    if (!process.env.GATEHOUSE_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
  });

  return {
    test,
    get server() {
      return started(server);
    },
    get rp() {
      return started(rp);
    },
  };
}
