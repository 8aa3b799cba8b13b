import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { test as base } from '../fixtures.ts';
import { CustomConsentStep } from '../pages/custom/CustomConsentStep.ts';
import { CustomEnrollMfaStep } from '../pages/custom/CustomEnrollMfaStep.ts';
import { CustomMfaStep } from '../pages/custom/CustomMfaStep.ts';
import { CustomPasswordStep } from '../pages/custom/CustomPasswordStep.ts';
import { CustomProfileStep } from '../pages/custom/CustomProfileStep.ts';
import { CustomRedeemInvitationStep } from '../pages/custom/CustomRedeemInvitationStep.ts';
import { CustomResetPasswordStep } from '../pages/custom/CustomResetPasswordStep.ts';
import { CustomSendCodeStep } from '../pages/custom/CustomSendCodeStep.ts';
import { CustomStartStep } from '../pages/custom/CustomStartStep.ts';
import { CustomVerifyCodeStep } from '../pages/custom/CustomVerifyCodeStep.ts';
import { RelyingPartyPage } from '../pages/RelyingPartyPage.ts';
import { clientToml } from './config.ts';
import { extraGatehouse, type ExtraGatehouse, type ExtraGatehouseOptions } from './extra-gatehouse.ts';
import { freePort } from './gatehouse.ts';
import { startRelyingParty, type RelyingParty } from './relying-party.ts';

const here = dirname(fileURLToPath(import.meta.url));
const e2eDir = resolve(here, '..');
const uiDir = join(e2eDir, 'custom-ui');

/**
 * `npm run build:custom-ui`: the client's types generated from openapi/openapi.json, then the
 * bundle. Run before every file that serves the UI, so it is never stale (it takes a second or two).
 */
export function buildCustomUi() {
  try {
    execFileSync('npm', ['run', '--silent', 'build:custom-ui'], { cwd: e2eDir, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`npm run build:custom-ui failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** The static server of e2e/custom-ui: another origin (another port) of the same site as Gatehouse. */
export interface CustomUiServer {
  /** `http://127.0.0.1:<port>`, its origin. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `/sign-in` (the page), `/app.js` (the bundle) and `/config.js` (Gatehouse's base URL,
 * asked of `gatehouseUrl` at each request, since Gatehouse is configured with this server's URL
 * and so starts after it). The CSP lets the page talk to Gatehouse and nothing else: a call to
 * another origin would be a console error, which fails the test.
 */
export async function startCustomUi(opts: { port: number; gatehouseUrl: () => string }): Promise<CustomUiServer> {
  const url = `http://127.0.0.1:${opts.port}`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', url).pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': [
          "default-src 'none'",
          "script-src 'self'",
          `connect-src ${opts.gatehouseUrl()}`,
          "style-src 'unsafe-inline'",
          'img-src data:',
          "base-uri 'none'",
          "form-action 'none'",
          "frame-ancestors 'none'",
        ].join('; '),
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    };
    try {
      if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
      switch (path) {
        case '/sign-in':
          return send(200, 'text/html; charset=utf-8', readFileSync(join(uiDir, 'public/index.html')));
        case '/app.js':
          return send(200, 'text/javascript; charset=utf-8', readFileSync(join(uiDir, 'dist/app.js')));
        case '/app.js.map':
          return send(200, 'application/json', readFileSync(join(uiDir, 'dist/app.js.map')));
        case '/config.js':
          return send(
            200,
            'text/javascript; charset=utf-8',
            `window.GATEHOUSE_CONFIG = ${JSON.stringify({ baseUrl: opts.gatehouseUrl() })};\n`,
          );
        default:
          return send(404, 'text/plain', 'not found');
      }
    } catch (error) {
      return send(500, 'text/plain', String(error));
    }
  });
  server.listen(opts.port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Every request the page sends to an `/api/` path (Gatehouse's Experience API), from now on. */
export function recordApiCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) calls.push(request);
  });
  return calls;
}

/** The state-changing calls among `calls`, as `METHOD /path STATUS`, in order. */
export async function writesOf(calls: Request[]): Promise<string[]> {
  const lines: string[] = [];
  for (const request of calls) {
    if (request.method() === 'GET') continue;
    const response = await request.response();
    lines.push(`${request.method()} ${new URL(request.url()).pathname} ${response?.status() ?? 'no response'}`);
  }
  return lines;
}

/**
 * From now on, the `nextSteps` types of every interaction that `GET /api/experience/interaction`
 * answers the page, in order (read as they arrive: a navigation drops the bodies).
 */
export function recordSteps(page: Page): string[][] {
  const seen: string[][] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'GET' || new URL(request.url()).pathname !== '/api/experience/interaction') return;
    const slot: string[] = [];
    seen.push(slot);
    response
      .json()
      .then((body: { nextSteps?: { type: string }[] }) => slot.push(...(body.nextSteps ?? []).map((step) => step.type)))
      .catch(() => slot.push('(unreadable)'));
  });
  return seen;
}

interface CustomUiFixtures {
  /** The custom UI's static server, whose /sign-in this Gatehouse's sign_in_url names. */
  customUi: CustomUiServer;
  /** The custom UI's pages, one per step. */
  customStart: CustomStartStep;
  customPassword: CustomPasswordStep;
  customProfile: CustomProfileStep;
  customSendCode: CustomSendCodeStep;
  customVerifyCode: CustomVerifyCodeStep;
  customResetPassword: CustomResetPasswordStep;
  customRedeemInvitation: CustomRedeemInvitationStep;
  customConsent: CustomConsentStep;
  customMfa: CustomMfaStep;
  customEnrollMfa: CustomEnrollMfaStep;
  /** The relying party of `thirdParty` (a client that needs consent); only when it is configured. */
  thirdPartyApp: RelyingPartyPage;
}

export interface CustomUiGatehouseOptions extends ExtraGatehouseOptions {
  /** A second client, third-party (`first_party = false`): the user is asked for consent. */
  thirdParty?: { clientId: string; clientSecret: string; name: string };
}

/**
 * An extra Gatehouse (see extra-gatehouse.ts) whose `experience.sign_in_url` is the custom UI,
 * served on another port of 127.0.0.1: same site, another origin. The UI is built first.
 */
export function customUiGatehouse(options: CustomUiGatehouseOptions) {
  const { thirdParty, ...extraOptions } = options;
  let ui: CustomUiServer | undefined;
  let thirdPartyRp: RelyingParty | undefined;
  let thirdPartyPort = 0;
  const started = () => {
    if (!ui) throw new Error('the custom UI has not started');
    return ui;
  };
  // Filled in before the extra Gatehouse's own beforeAll writes its config (hooks run in order).
  const extra = [...(extraOptions.extra ?? [])];
  let gatehouse: ExtraGatehouse | undefined;

  base.beforeAll(async () => {
    buildCustomUi();
    ui = await startCustomUi({
      port: await freePort(),
      gatehouseUrl: () => {
        if (!gatehouse) throw new Error('no Gatehouse');
        return gatehouse.server.baseUrl;
      },
    });
    extra.push('[experience]', `sign_in_url = ${JSON.stringify(`${ui.url}/sign-in`)}`, '');
    if (thirdParty) {
      thirdPartyPort = await freePort();
      // Whole [[clients]] tables, after every other section: the extra text ends with them.
      extra.push(
        clientToml({ ...thirdParty, redirectUri: `http://127.0.0.1:${thirdPartyPort}/callback`, firstParty: false }),
      );
    }
  });
  gatehouse = extraGatehouse({ ...extraOptions, extra });
  // After the Gatehouse's beforeAll: its relying party needs the issuer up.
  base.beforeAll(async () => {
    if (!thirdParty || !gatehouse) return;
    thirdPartyRp = await startRelyingParty({ issuer: gatehouse.server.issuer, ...thirdParty, port: thirdPartyPort });
  });
  base.afterAll(async () => {
    await thirdPartyRp?.close();
    await ui?.close();
  });

  const test = gatehouse.test.extend<CustomUiFixtures>({
    customUi: async ({}, use) => use(started()),
    customStart: async ({ page }, use) => use(new CustomStartStep(page, started().url)),
    customPassword: async ({ page }, use) => use(new CustomPasswordStep(page, started().url)),
    customProfile: async ({ page }, use) => use(new CustomProfileStep(page, started().url)),
    customSendCode: async ({ page }, use) => use(new CustomSendCodeStep(page, started().url)),
    customVerifyCode: async ({ page }, use) => use(new CustomVerifyCodeStep(page, started().url)),
    customResetPassword: async ({ page }, use) => use(new CustomResetPasswordStep(page, started().url)),
    customRedeemInvitation: async ({ page }, use) => use(new CustomRedeemInvitationStep(page, started().url)),
    customConsent: async ({ page }, use) => use(new CustomConsentStep(page, started().url)),
    customMfa: async ({ page }, use) => use(new CustomMfaStep(page, started().url)),
    customEnrollMfa: async ({ page }, use) => use(new CustomEnrollMfaStep(page, started().url)),
    thirdPartyApp: async ({ page }, use) => {
      if (!thirdPartyRp) throw new Error('no third-party client: pass `thirdParty` to customUiGatehouse');
      thirdPartyRp.callbacks.length = 0;
      await use(new RelyingPartyPage(page, thirdPartyRp));
    },
  });

  const g = gatehouse;
  return {
    test,
    get server() {
      return g.server;
    },
    get rp() {
      return g.rp;
    },
    get ui() {
      return started();
    },
  };
}
