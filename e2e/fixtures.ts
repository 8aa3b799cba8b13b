import { test as base, expect } from '@playwright/test';
import { readEnv, type ClientKey, type E2eEnv } from './support/env.ts';
import { Gatehouse } from './support/gatehouse.ts';
import { startRelyingParty, type RelyingParty } from './support/relying-party.ts';
import { Mailbox } from './support/mail.ts';
import { AccountPage } from './pages/account/AccountPage.ts';
import { CodeStep } from './pages/CodeStep.ts';
import { ConsentPage } from './pages/ConsentPage.ts';
import { DemoPage } from './pages/DemoPage.ts';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.ts';
import { MfaEnrollStep } from './pages/MfaEnrollStep.ts';
import { MfaStep } from './pages/MfaStep.ts';
import { RegisterPage } from './pages/RegisterPage.ts';
import { RelyingPartyPage } from './pages/RelyingPartyPage.ts';
import { SignInPage } from './pages/SignInPage.ts';

interface WorkerFixtures {
  env: E2eEnv;
  /** The CLI on the server's config, to set state up (users, invitations). */
  gatehouse: Gatehouse;
  rp: RelyingParty;
  rp2: RelyingParty;
  thirdPartyRp: RelyingParty;
  /** A first-party application that asks for the scope `account` and calls the account API. */
  accountRp: RelyingParty;
}

interface TestFixtures {
  pageErrors: void;
  signIn: SignInPage;
  register: RegisterPage;
  codeStep: CodeStep;
  forgotPassword: ForgotPasswordPage;
  /** The second factor of a sign-in. */
  mfaStep: MfaStep;
  /** Setting up an authenticator app during a sign-in, when the operator requires two factors. */
  mfaEnroll: MfaEnrollStep;
  /** The messages the server wrote to env.mailDir. */
  mailbox: Mailbox;
  app: RelyingPartyPage;
  app2: RelyingPartyPage;
  thirdParty: RelyingPartyPage;
  accountApp: RelyingPartyPage;
  consent: ConsentPage;
  /** The account pages at /account. */
  account: AccountPage;
  demo: DemoPage;
}

function relyingParty(key: ClientKey) {
  return async ({ env }: { env: E2eEnv }, use: (rp: RelyingParty) => Promise<void>) => {
    const c = env.clients[key];
    const rp = await startRelyingParty({
      issuer: env.issuer,
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      port: c.port,
      scope: c.scope,
    });
    await use(rp);
    await rp.close();
  };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  env: [async ({}, use) => use(readEnv()), { scope: 'worker' }],
  gatehouse: [async ({ env }, use) => use(new Gatehouse(env.bin, env.configFile)), { scope: 'worker' }],
  rp: [relyingParty('rp'), { scope: 'worker' }],
  rp2: [relyingParty('rp2'), { scope: 'worker' }],
  thirdPartyRp: [relyingParty('thirdParty'), { scope: 'worker' }],
  accountRp: [relyingParty('accountRp'), { scope: 'worker' }],
  // Uncaught exceptions and CSP violations fail the test; HTTP error statuses are expected in some.
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      await use();
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page }, use) => use(new SignInPage(page)),
  register: async ({ page }, use) => use(new RegisterPage(page)),
  codeStep: async ({ page }, use) => use(new CodeStep(page)),
  forgotPassword: async ({ page }, use) => use(new ForgotPasswordPage(page)),
  mfaStep: async ({ page }, use) => use(new MfaStep(page)),
  mfaEnroll: async ({ page }, use) => use(new MfaEnrollStep(page)),
  mailbox: async ({ env }, use) => use(new Mailbox(env.mailDir)),
  app: async ({ page, rp }, use) => {
    rp.callbacks.length = 0;
    await use(new RelyingPartyPage(page, rp));
  },
  app2: async ({ page, rp2 }, use) => use(new RelyingPartyPage(page, rp2)),
  thirdParty: async ({ page, thirdPartyRp }, use) => {
    thirdPartyRp.callbacks.length = 0;
    await use(new RelyingPartyPage(page, thirdPartyRp));
  },
  accountApp: async ({ page, accountRp }, use) => {
    accountRp.callbacks.length = 0;
    await use(new RelyingPartyPage(page, accountRp));
  },
  consent: async ({ page }, use) => use(new ConsentPage(page)),
  account: async ({ page, env }, use) => use(new AccountPage(page, env.baseUrl)),
  demo: async ({ page, env }, use) => use(new DemoPage(page, env.baseUrl)),
});

export { expect };
