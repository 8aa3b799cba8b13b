import { expect, test } from '../../fixtures.ts';
import { codeIn, type Mail, type Mailbox } from '../../support/mail.ts';
import { freshUser } from '../../support/users.ts';
import type { CodeStep } from '../../pages/CodeStep.ts';
import type { ForgotPasswordPage } from '../../pages/ForgotPasswordPage.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { SignInPage } from '../../pages/SignInPage.ts';

// The server runs with password_reset enabled, the default password policy and the file
// transport (env.mailDir). Each test resets the password of an account of its own.
const OLD = 'Autumn-Pebble-72!';
const NEW = 'Winter-Compass-38?';
const RULE_TOO_SIMPLE = 'Mix at least three of: lowercase letters, uppercase letters, digits and other characters.';
const RULE_TOO_COMMON = 'This password is too common: it is among the first ones attackers try.';

/** From the application's sign-in to the reset page's first step. */
async function openReset(
  app: RelyingPartyPage,
  signIn: SignInPage,
  forgotPassword: ForgotPasswordPage,
  { ui_locales, passwordLabel }: { ui_locales?: string; passwordLabel?: string } = {},
) {
  await app.login(ui_locales ? { ui_locales } : undefined);
  await signIn.expectOnForm(passwordLabel);
  await signIn.forgotPasswordLink.click();
  await forgotPassword.expectOnEmailStep();
}

/** Sends a code to `email`, types the one the mail carries; returns the mail. */
async function proveMailbox(codeStep: CodeStep, mailbox: Mailbox, email: string): Promise<Mail> {
  await codeStep.sendTo(email);
  const mail = await mailbox.waitFor(email);
  await codeStep.enter(codeIn(mail));
  return mail;
}

test.describe('forgotten password', () => {
  test('the code from the mail lets a new password in, and the old one no longer works', async ({
    gatehouse,
    app,
    signIn,
    codeStep,
    forgotPassword,
    mailbox,
    browser,
  }) => {
    const user = await freshUser(gatehouse, 'forgetful', OLD);
    await openReset(app, signIn, forgotPassword);
    await expect(forgotPassword.heading('Reset your password for E2E Relying Party')).toBeVisible();

    const mail = await proveMailbox(codeStep, mailbox, user.email);
    expect(mail.subject).toBe('Reset your password');

    await forgotPassword.expectOnPasswordStep();
    await forgotPassword.reset(NEW);
    // Signed in by the reset, back at the application.
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(user.id);
    expect(app.rp.callbacks).toHaveLength(1);

    // Another browser, with no session: the old password fails, the new one works.
    await inFreshContext(browser, async (page) => {
      const otherApp = new RelyingPartyPage(page, app.rp);
      const otherSignIn = new SignInPage(page);
      await otherApp.login();
      await otherSignIn.expectOnForm();
      await otherSignIn.signIn(user.username, OLD);
      await expect(otherSignIn.alert).toHaveText('Incorrect identifier or password.');
      await otherSignIn.password().fill(NEW);
      await otherSignIn.submitButton().click();
      await otherApp.expectSignedIn();
      expect((await otherApp.claims()).sub).toBe(user.id);
    });
  });

  test('a weak new password lists the broken rules and changes nothing', async ({
    gatehouse,
    app,
    signIn,
    codeStep,
    forgotPassword,
    mailbox,
    page,
  }) => {
    const user = await freshUser(gatehouse, 'weakreset', OLD);
    await openReset(app, signIn, forgotPassword);
    await proveMailbox(codeStep, mailbox, user.email);
    await forgotPassword.expectOnPasswordStep();

    await forgotPassword.reset('password');
    await expect(forgotPassword.alert).toHaveText('Choose a stronger password.');
    await expect(forgotPassword.passwordRules).toContainText([RULE_TOO_SIMPLE, RULE_TOO_COMMON]);
    await expect(forgotPassword.newPassword).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/forgot-password(\?|$)/);
    expect(app.rp.callbacks).toHaveLength(0);

    // Passwords that differ are caught in the page.
    await forgotPassword.reset(NEW, `${NEW}x`);
    await expect(forgotPassword.passwordsDiffer).toHaveText('The passwords do not match.');
    expect(app.rp.callbacks).toHaveLength(0);

    // The same step takes a strong one.
    await forgotPassword.reset(NEW);
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(user.id);
  });

  test('an unknown address gets the same screens and no mail', async ({
    app,
    signIn,
    codeStep,
    forgotPassword,
    mailbox,
    page,
  }) => {
    const nobody = `nobody-${Date.now()}@example.com`;
    await openReset(app, signIn, forgotPassword);

    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/verification/verification-code')),
      codeStep.sendTo(nobody),
    ]);
    expect(sent.ok()).toBe(true);
    await expect(codeStep.alert).toHaveCount(0);
    // No code to type: any is the wrong one.
    await codeStep.enter('123456');
    await expect(codeStep.alert).toHaveText('This code is not the right one. Check it and try again.');
    // Mail leaves in the background within milliseconds; two seconds are plenty to see none did.
    await expect(mailbox.waitFor(nobody, { timeout: 2_000 })).rejects.toThrow(/no message #1/);
    expect(app.rp.callbacks).toHaveLength(0);
  });

  test('ui_locales=fr: a French message, quoted-printable, whose code works', async ({
    gatehouse,
    app,
    signIn,
    codeStep,
    forgotPassword,
    mailbox,
    page,
  }) => {
    const user = await freshUser(gatehouse, 'oublieux', OLD);
    await openReset(app, signIn, forgotPassword, { ui_locales: 'fr', passwordLabel: 'Mot de passe' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(forgotPassword.heading('Réinitialisez votre mot de passe pour E2E Relying Party')).toBeVisible();

    const mail = await proveMailbox(codeStep, mailbox, user.email);
    expect(mail.subject).toBe('Réinitialisez votre mot de passe');
    expect(mail.body).toContain('Quelqu\'un a demandé à réinitialiser le mot de passe');

    await forgotPassword.expectOnPasswordStep();
    await forgotPassword.reset(NEW);
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(user.id);
  });
});
