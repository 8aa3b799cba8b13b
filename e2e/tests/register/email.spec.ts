import type { Page } from '@playwright/test';
import { expect } from '../../fixtures.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { codeIn, linkIn, type Mail } from '../../support/mail.ts';
import { signInAfresh } from '../../pages/freshContext.ts';

// A Gatehouse of its own where accounts sign in with their email ([sign_in] local_by_email), so
// registration is by a code sent to the address; registration open, email.require_unique and the
// file transport (the `mailbox` fixture reads it). Each test registers an address of its own,
// since codes are limited per address (one a minute).
const extra = extraGatehouse({
  name: 'email-sign-in',
  client: { clientId: 'e2e-email-rp', clientSecret: 'e2e-email-secret-0123456789', name: 'Email Relying Party' },
  signInByEmail: true,
});

const STRONG = 'Bright-Sparrow-83!';
const MISMATCH = 'This code is not the right one. Check it and try again.';
const TOO_MANY = 'Too many wrong codes: this one no longer works. Ask for a new one.';

const fresh = (who: string) => `${who}-${Date.now()}@example.com`;

/** A 6-digit code that is not `code`. */
const wrong = (code: string, n = 0) => String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');

const test = extra.test.extend<{
  /** From the application to the register page, which asks the address at once; resolves to the mail sent to it. */
  sendCodeToRegister: (email: string) => Promise<Mail>;
}>({
  sendCodeToRegister: async ({ app, signIn, register, codeStep, mailbox }, use) => {
    await use(async (email) => {
      await app.login();
      await signIn.expectOnForm();
      await signIn.createAccountLink().click();
      // The address at once: no username to choose instead.
      await expect(register.page).toHaveURL(/\/register(\?|$)/);
      await expect(register.username()).toHaveCount(0);
      await codeStep.sendTo(email);
      return mailbox.waitFor(email);
    });
  },
});

const verifying = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/verification-code/verify'));

test.describe('registration by email', () => {
  test('the code from the mail proves the address, the RP gets it verified, and the account signs in with it', async ({
    sendCodeToRegister,
    app,
    register,
    codeStep,
    mailbox,
    browser,
  }) => {
    const email = fresh('mailer');
    const mail = await sendCodeToRegister(email);
    await expect(codeStep.demoCode).toHaveCount(0);
    await expect(codeStep.resendButton).toBeDisabled();
    expect(mail.subject).toBe('Your verification code');
    expect(mail.headers.from).toContain('no-reply@gatehouse.test');
    await codeStep.enter(codeIn(mail));

    // The password step: the proved address, read-only, and no username: the address is what the
    // account signs in with.
    await expect(register.verifiedEmail).toHaveValue(email);
    await expect(register.verifiedEmail).toHaveAttribute('readonly', '');
    await expect(register.username()).toHaveCount(0);
    await register.choosePassword(STRONG);
    await app.expectSignedIn();

    const claims = await app.claims();
    expect(claims).toMatchObject({ iss: extra.server.issuer, email, email_verified: true });
    expect(await app.userinfo()).toMatchObject({ sub: claims.sub, email, email_verified: true });
    expect(app.rp.callbacks).toHaveLength(1);
    // One message only: the code.
    expect(mailbox.to(email)).toHaveLength(1);

    // The account is a real one: another browser signs in to it with the address and the password.
    expect((await signInAfresh(browser, app.rp, email, STRONG)).sub).toBe(claims.sub);
  });

  test('a wrong code is refused; after five the right one no longer works', async ({
    sendCodeToRegister,
    app,
    register,
    codeStep,
    page,
  }) => {
    const code = codeIn(await sendCodeToRegister(fresh('fumbler')));

    for (let attempt = 0; attempt < 5; attempt++) {
      await Promise.all([verifying(page), codeStep.enter(wrong(code, attempt))]);
      await expect(codeStep.alert).toHaveText(MISMATCH);
      await expect(codeStep.code).toHaveAttribute('aria-invalid', 'true');
    }
    await Promise.all([verifying(page), codeStep.enter(code)]);
    await expect(codeStep.alert).toHaveText(TOO_MANY);
    await expect(register.verifiedEmail).toHaveCount(0);
    expect(app.rp.callbacks).toHaveLength(0);
  });

  test('an address that has an account: its owner is told, and the page offers signing in', async ({
    sendCodeToRegister,
    app,
    signIn,
    register,
    codeStep,
    page,
  }) => {
    const stamp = Date.now();
    const owner = { username: `owner${stamp}`, email: `owner-${stamp}@example.com`, name: 'Owner Example', password: STRONG };
    const ownerId = await extra.server.gatehouse.createUser(owner);
    // The same screen as for a new address: the page tells nothing before the code is proved.
    const mail = await sendCodeToRegister(owner.email);
    expect(mail.subject).toBe('Someone tried to register with your address');
    expect(mail.body).toContain(`${extra.server.baseUrl}/sign-in`);
    await codeStep.enter(codeIn(mail));

    await expect(page.getByTestId('email-taken')).toBeVisible();
    await expect(register.alert).toHaveText(
      'An account already uses this email address. Sign in to it, or reset its password if you forgot it.',
    );
    await page.getByTestId('email-taken').getByRole('link', { name: 'Sign in', exact: true }).click();
    await signIn.expectOnForm();
    await expect(signIn.identifier(/^Email$/)).toBeVisible();
    await signIn.signIn(owner.email, owner.password);
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(ownerId);
  });

  test('an invitation asks only the password, its address being what the account signs in with', async ({
    app,
    register,
    mailbox,
    browser,
  }) => {
    const email = fresh('guest');
    await extra.server.gatehouse.invite(email, { name: 'Guest Example' });
    const link = linkIn(await mailbox.waitFor(email), `${extra.server.baseUrl}/register?invitation=`);

    await register.openInvitation(app, link);
    await expect(register.invitedEmail).toHaveValue(email);
    await expect(register.invitedGreeting).toHaveText('Welcome, Guest Example');
    await expect(register.username()).toHaveCount(0);
    await register.choosePassword(STRONG);
    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims).toMatchObject({ email, email_verified: true });

    expect((await signInAfresh(browser, app.rp, email, STRONG)).sub).toBe(claims.sub);
  });
});
