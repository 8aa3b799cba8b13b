import { expect, test } from '../../fixtures.ts';

test('ui_locales=fr gives a French sign-in page and French errors', async ({ env, app, signIn, page }) => {
  const claire = env.users.claire;
  await app.login({ ui_locales: 'fr-CA fr en' });
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(signIn.heading('Se connecter à E2E Relying Party')).toBeVisible();

  await signIn.identifier("Nom d'utilisateur").fill(claire.username);
  await signIn.password('Mot de passe').fill('mauvais-mot-de-passe');
  await signIn.submitButton('Se connecter').click();
  await expect(signIn.alert).toHaveText('Identifiant ou mot de passe incorrect.');
  expect(app.rp.callbacks).toHaveLength(0);

  // After a reload the query is gone: the language comes back from the interaction.
  await page.goto(new URL('/sign-in', page.url()).href);
  await expect(signIn.password('Mot de passe')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await signIn.identifier("Nom d'utilisateur").fill(claire.username);
  await signIn.password('Mot de passe').fill(claire.password);
  await signIn.submitButton('Se connecter').click();
  await app.expectSignedIn();
  expect((await app.claims()).sub).toBe(claire.id);
});
