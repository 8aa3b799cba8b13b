import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';
import { AccountPage } from '../../pages/account/AccountPage.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { SignInPage } from '../../pages/SignInPage.ts';

test('ending another session at /account signs that browser out of its applications and its account page', async ({
  env,
  gatehouse,
  account,
  rp,
  browser,
}) => {
  const oscar = await freshUser(gatehouse, 'oscar');
  // Browser B: signed in at an application, then its account page, in the same SSO session.
  const contextB = await browser.newContext({ locale: 'en-US' });
  try {
    const pageB = await contextB.newPage();
    const appB = new RelyingPartyPage(pageB, rp);
    const signInB = new SignInPage(pageB);
    const accountB = new AccountPage(pageB, env.baseUrl);
    await appB.login();
    await signInB.signIn(oscar.username, oscar.password);
    await appB.expectSignedIn();
    await accountB.goto();
    await accountB.expectShown();
    await expect(accountB.user).toHaveText(oscar.name);

    // Browser A: its own sign-in; it sees both sessions and ends B's.
    await account.signIn(oscar);
    await account.sessions.expectLoaded();
    await expect(account.sessions.rows).toHaveCount(2);
    await expect(account.sessions.others).toHaveCount(1);
    await account.sessions.endButton(account.sessions.others).click();
    await expect(account.sessions.ended).toHaveText('One session was signed out.');
    await expect(account.sessions.rows).toHaveCount(1);
    await expect(account.sessions.current).toHaveCount(1);

    // B's account page: its token died with the session; signing in again asks for the password.
    await pageB.reload();
    await signInB.expectOnForm();
    // B's application: no SSO session any more, so the form again.
    await appB.login();
    await signInB.expectOnForm();

    // A goes on, and after a reload still lists only itself.
    await account.page.reload();
    await account.expectShown();
    await account.sessions.expectLoaded();
    await expect(account.sessions.rows).toHaveCount(1);
  } finally {
    await contextB.close();
  }
});
