import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';

test('/account signs in through the sign-in page and shows the account', async ({ gatehouse, account, signIn, page }) => {
  const lena = await freshUser(gatehouse, 'lena');
  await account.goto();
  // No token in the tab and no SSO session: the built-in client's sign-in, on the usual form.
  await signIn.expectOnForm();
  await signIn.signIn(lena.username, lena.password);

  await account.expectShown();
  await expect(account.user).toHaveText(lena.name);
  await expect(account.username).toHaveText(lena.username);
  await expect(account.name).toHaveValue(lena.name);
  await expect(account.email.address).toHaveText(lena.email);
  await expect(account.email.status).toHaveText('Confirmed');
  for (const section of ['account-profile', 'account-email', 'account-password', 'account-sessions', 'account-apps', 'account-delete']) {
    await expect(account.section(section)).toBeVisible();
  }
  await account.sessions.expectLoaded();

  // A reload keeps the tab's token: no new sign-in, not even a silent one through the callback.
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await page.reload();
  await account.expectShown();
  await expect(account.user).toHaveText(lena.name);
  expect(visited).toEqual(['/account']);
});
