import type { Request } from '@playwright/test';
import { expect, test } from '../../fixtures.ts';
import { AccountPage } from '../../pages/account/AccountPage.ts';
import { inFreshContext, signInPages } from '../../pages/freshContext.ts';
import { codeIn } from '../../support/mail.ts';
import { freshUser } from '../../support/users.ts';

// two_factor.remember_browser is on by default: the second-factor step offers "Remember this
// browser", and a browser remembered skips that step for its user, even after signing out.

/** A second-factor call of the Experience API (a code checked, mailed, or the choice sent). */
const secondFactorCall = (r: Request) =>
  /^\/api\/experience\/(verification\/(totp|backup-code|mfa-email-code)|remember-browser)/.test(new URL(r.url()).pathname);

test('"Remember this browser" skips the second factor in this browser after signing out, not in another', async ({
  gatehouse,
  env,
  account,
  app,
  signIn,
  mfaStep,
  mailbox,
  page,
  context,
  browser,
  rp,
}) => {
  const sami = await freshUser(gatehouse, 'sami');
  await account.signIn(sami);
  await account.mfa.turnOnEmailCodes(sami.password);
  await expect(account.mfa.rememberedBrowsers).toHaveCount(0);
  // The session made before the second factor was on ends: the next sign-in is a full one.
  await account.signOut();

  await app.login();
  await signIn.expectOnForm();
  await signIn.signIn(sami.username, sami.password);
  await mfaStep.expectShown('emailCode');
  await mfaStep.sendEmailCode();
  await expect(mfaStep.rememberBrowser).not.toBeChecked();
  const mail = await mailbox.waitFor(sami.email, { subject: 'Your sign-in code' });
  const [choice] = await Promise.all([
    page.waitForRequest((r) => new URL(r.url()).pathname === '/api/experience/remember-browser'),
    mfaStep.enter(codeIn(mail), { remember: true }),
  ]);
  expect(choice.postDataJSON()).toEqual({ rememberBrowser: true });
  await app.expectSignedIn();
  expect((await app.claims()).sub).toBe(sami.id);

  // The account pages list this browser; signing out there ends the session, not the memory.
  const tab = await context.newPage();
  const accountTab = new AccountPage(tab, env.baseUrl);
  await accountTab.goto();
  await accountTab.expectShown();
  await expect(accountTab.mfa.rememberedBrowsers).toHaveCount(1);
  await accountTab.signOut();
  await tab.close();

  // The same browser: the password, and straight on to the application.
  const calls: string[] = [];
  page.on('request', (r) => {
    if (secondFactorCall(r)) calls.push(new URL(r.url()).pathname);
  });
  await app.login();
  await signIn.expectOnForm();
  await signIn.signIn(sami.username, sami.password);
  await app.expectSignedIn();
  const claims = await app.claims();
  expect(claims.sub).toBe(sami.id);
  expect(claims.amr).not.toContain('otp');
  expect(calls).toEqual([]);
  expect(mailbox.to(sami.email).filter((m) => m.subject === 'Your sign-in code')).toHaveLength(1);

  // Another browser is asked.
  const before = rp.callbacks.length;
  await inFreshContext(browser, async (other) => {
    const { app: otherApp, signIn: otherSignIn, mfa } = signInPages(other, rp);
    await otherApp.login();
    await otherSignIn.expectOnForm();
    await otherSignIn.signIn(sami.username, sami.password);
    await mfa.expectShown('emailCode');
    expect(rp.callbacks).toHaveLength(before);
  });
});
