import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';

test('an account deleted at /account is signed out and can no longer sign in', async ({
  gatehouse,
  account,
  app,
  signIn,
  mailbox,
  page,
}) => {
  const quentin = await freshUser(gatehouse, 'quentin');
  await account.signIn(quentin);
  await account.deletion.delete(quentin.password);

  await expect(account.heading('Your account was deleted')).toBeVisible();
  await expect(account.deleted).toHaveText(
    'Your account and its personal data were deleted, and you were signed out everywhere.',
  );
  expect((await mailbox.waitFor(quentin.email)).subject).toBe('Your account was deleted');

  // The SSO session went with the account: the account page asks to sign in again.
  await page.reload();
  await signIn.expectOnForm();
  // And the password no longer signs in anywhere.
  await app.login();
  await signIn.expectOnForm();
  await signIn.signIn(quentin.username, quentin.password);
  await expect(signIn.alert).toHaveText('Incorrect identifier or password.');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  expect(app.rp.callbacks).toHaveLength(0);
});
