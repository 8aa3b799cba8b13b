import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';

test("withdrawing an application's access removes it from the list; a third party asks consent again", async ({
  env,
  gatehouse,
  app2,
  thirdParty,
  signIn,
  consent,
  account,
}) => {
  const paula = await freshUser(gatehouse, 'paula');
  const third = env.clients.thirdParty.name;
  const second = env.clients.rp2.name;
  await thirdParty.login();
  await signIn.signIn(paula.username, paula.password);
  await consent.expectFor(third);
  await consent.allow();
  await thirdParty.expectSignedIn();
  await app2.login();
  await app2.expectSignedIn();

  // The SSO session signs the account page in without the form.
  await account.goto();
  await account.expectShown();
  await expect(account.apps.row(third)).toHaveCount(1);
  await expect(account.apps.row(second)).toHaveCount(1);

  await account.apps.removeButton(third).click();
  await expect(account.apps.removed).toHaveText(`${third} no longer has access to your account.`);
  await expect(account.apps.row(third)).toHaveCount(0);
  await expect(account.apps.row(second)).toHaveCount(1);
  // The server forgot it too.
  await account.page.reload();
  await account.expectShown();
  await expect(account.apps.row(second)).toHaveCount(1);
  await expect(account.apps.row(third)).toHaveCount(0);

  // Still signed in, but the consent is gone: the third party asks for it again.
  await thirdParty.login();
  await consent.expectFor(third);
  await expect(signIn.password()).toHaveCount(0);
  await consent.allow();
  await thirdParty.expectSignedIn();
  expect((await thirdParty.claims()).sub).toBe(paula.id);
});
