import { expect, test as base } from '../../fixtures.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { AdminApi, type ApplicationPolicy } from '../../support/admin-api.ts';
import { adminClientToml, clientToml } from '../../support/config.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { freePort } from '../../support/gatehouse.ts';
import { startRelyingParty, type RelyingParty } from '../../support/relying-party.ts';

// A Gatehouse of its own with two first-party applications and an admin client. Its global
// settings offer sign-in by email code ([sign_in] email_code) and open registration (the
// default); each application's policy, set through the administration API, turns one of them
// off and gives the application a branding of its own.
const acme = { clientId: 'e2e-acme', clientSecret: 'e2e-acme-secret-0123456789', name: 'Acme Relying Party' };
const beta = { clientId: 'e2e-beta', clientSecret: 'e2e-beta-secret-0123456789', name: 'Beta Relying Party' };
const admin = { clientId: 'e2e-back-office', clientSecret: 'e2e-back-office-secret-0123', name: 'E2E Back Office' };

/** A square of one colour as a `data:` URL, which the pages' CSP lets images come from. */
const logo = (fill: string) =>
  `data:image/svg+xml;base64,${Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="${fill}"/></svg>`,
  ).toString('base64')}`;

/** Email code on, registration off, every branding field. */
const acmePolicy = {
  identifiers: ['username'],
  password: true,
  emailCode: true,
  connectors: [],
  registration: 'off',
  twoFactorRequired: false,
  branding: {
    displayName: 'Acme Shop',
    logoUrl: logo('#aa2200'),
    primaryColor: '#aa2200',
    termsUrl: 'https://acme.example/terms',
    privacyUrl: 'https://acme.example/privacy',
  },
} satisfies ApplicationPolicy;

/** Email code off, registration open, a branding without terms nor privacy link. */
const betaPolicy = {
  identifiers: ['username'],
  password: true,
  emailCode: false,
  connectors: [],
  registration: 'open',
  twoFactorRequired: false,
  branding: { displayName: 'Beta Bank', logoUrl: logo('#0044aa'), primaryColor: '#0044aa' },
} satisfies ApplicationPolicy;

const user = {
  username: 'banker',
  email: `banker-${Date.now()}@example.com`,
  name: 'Banker Example',
  password: 'Amber-Thicket-13!',
};
let userId = '';

// Beta's client and the admin client: whole [[clients]] tables at the end of the extra TOML,
// filled in before the extra Gatehouse's own beforeAll writes its config (hooks run in order).
const extraToml: string[] = [];
let betaPort = 0;
let betaRp: RelyingParty | undefined;
base.beforeAll(async () => {
  betaPort = await freePort();
  extraToml.push(
    clientToml({ ...beta, redirectUri: `http://127.0.0.1:${betaPort}/callback`, firstParty: true }),
    adminClientToml(admin),
  );
});

const extra = extraGatehouse({
  name: 'branded-apps',
  client: acme,
  signIn: { emailCode: true },
  extra: extraToml,
  prepare: async (gatehouse) => {
    userId = await gatehouse.createUser(user);
  },
});

// Once the server answers: Beta's relying party, and both policies through the admin API.
base.beforeAll(async () => {
  betaRp = await startRelyingParty({ issuer: extra.server.issuer, ...beta, port: betaPort });
  const api = await AdminApi.connect(extra.server.baseUrl, admin);
  expect(await api.putPolicy(acme.clientId, acmePolicy)).toMatchObject(acmePolicy);
  expect(await api.putPolicy(beta.clientId, betaPolicy)).toMatchObject(betaPolicy);
});
base.afterAll(async () => {
  await betaRp?.close();
});

/** `app` signs in at Acme's relying party, `betaApp` at Beta's. */
const test = extra.test.extend<{ betaApp: RelyingPartyPage }>({
  betaApp: async ({ page }, use) => {
    if (!betaRp) throw new Error("Beta's relying party has not started");
    betaRp.callbacks.length = 0;
    await use(new RelyingPartyPage(page, betaRp));
  },
});

test.describe('two applications with their own policy and branding', () => {
  test("Acme's sign-in page: its name, logo, colour and links, an email code and no registration", async ({
    app,
    signIn,
  }) => {
    await app.login();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to Acme Shop')).toBeVisible();

    const branding = signIn.branding;
    await expect(branding.logo('Acme Shop')).toHaveAttribute('src', acmePolicy.branding.logoUrl);
    // Drawn, not refused by the CSP (a refusal would also fail the test through pageErrors).
    await expect
      .poll(() => branding.logo('Acme Shop').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(branding.footer).toContainText('Acme Shop');
    await expect(branding.termsLink()).toHaveAttribute('href', acmePolicy.branding.termsUrl);
    await expect(branding.privacyLink()).toHaveAttribute('href', acmePolicy.branding.privacyUrl);
    await expect.poll(() => branding.accent()).toBe('#aa2200');
    await expect.poll(() => branding.background(signIn.submitButton())).toBe('rgb(170, 34, 0)');

    await expect(signIn.emailCodeLink).toBeVisible();
    await expect(signIn.createAccountLink()).toHaveCount(0);
  });

  test("Beta's sign-in page: its own name, logo and colour, registration and no email code", async ({
    betaApp,
    signIn,
  }) => {
    await betaApp.login();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to Beta Bank')).toBeVisible();

    const branding = signIn.branding;
    await expect(branding.logo('Beta Bank')).toHaveAttribute('src', betaPolicy.branding.logoUrl);
    await expect(branding.logo('Acme Shop')).toHaveCount(0);
    await expect(branding.footer).toContainText('Beta Bank');
    await expect(branding.footer).not.toContainText('Acme Shop');
    await expect(branding.termsLink()).toHaveCount(0);
    await expect(branding.privacyLink()).toHaveCount(0);
    await expect.poll(() => branding.accent()).toBe('#0044aa');
    await expect.poll(() => branding.background(signIn.submitButton())).toBe('rgb(0, 68, 170)');

    await expect(signIn.createAccountLink()).toBeVisible();
    await expect(signIn.emailCodeLink).toHaveCount(0);
  });

  test("Beta's registration link opens a registration in Beta's branding", async ({ betaApp, signIn, register }) => {
    await betaApp.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();
    await expect(register.heading('Create your account for Beta Bank')).toBeVisible();
    await expect(register.branding.logo('Beta Bank')).toBeVisible();
    await expect.poll(() => register.branding.accent()).toBe('#0044aa');
  });

  test('a user signs in to Beta with a password and Beta gets the ID token', async ({ betaApp, signIn }) => {
    await betaApp.login();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to Beta Bank')).toBeVisible();
    await signIn.signIn(user.username, user.password);
    await betaApp.expectSignedIn();

    const claims = await betaApp.claims();
    expect(claims).toMatchObject({ sub: userId, email: user.email });
    expect([claims.aud].flat()).toContain(beta.clientId);
    expect(claims.nonce).toBe(await betaApp.expectedNonce());
    expect(betaApp.rp.callbacks).toHaveLength(1);
  });
});
