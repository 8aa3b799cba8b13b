import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';
import { inFreshContext, signInAfresh } from '../../pages/freshContext.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { SignInPage } from '../../pages/SignInPage.ts';

const NEW = 'Indigo-Falcon-92!';

test('the password changed at /account signs in at an application; the old one is refused', async ({
  gatehouse,
  account,
  mailbox,
  rp,
  browser,
}) => {
  const marc = await freshUser(gatehouse, 'marc');
  await account.signIn(marc);
  await account.password.change(marc.password, NEW);
  // The owner is told.
  expect((await mailbox.waitFor(marc.email)).subject).toBe('Your password was changed');
  // This session and its token go on.
  await account.page.reload();
  await account.expectShown();
  await expect(account.user).toHaveText(marc.name);

  expect((await signInAfresh(browser, rp, marc.username, NEW)).sub).toBe(marc.id);
  await inFreshContext(browser, async (page) => {
    const app = new RelyingPartyPage(page, rp);
    const signIn = new SignInPage(page);
    await app.login();
    await signIn.expectOnForm();
    await signIn.signIn(marc.username, marc.password);
    await expect(signIn.alert).toHaveText('Incorrect identifier or password.');
    await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  });
});
