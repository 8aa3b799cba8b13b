import { expect, test } from '../../fixtures.ts';

test.describe('password sign-in', () => {
  test('signs in through the UI and the RP verifies the ID token', async ({ env, app, signIn, page }) => {
    const alice = env.users.alice;
    await app.login();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to E2E Relying Party')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await signIn.signIn(alice.username, alice.password);
    await app.expectSignedIn();

    const claims = await app.claims();
    expect(claims.sub).toBe(alice.id);
    expect(claims.iss).toBe(env.issuer);
    expect([claims.aud].flat()).toContain(env.clients.rp.clientId);
    expect(claims.nonce).toBe(await app.expectedNonce());

    const userinfo = await app.userinfo();
    expect(userinfo).toMatchObject({ sub: alice.id, email: alice.email, name: alice.name });
    expect(app.rp.callbacks).toHaveLength(1);
  });

  test('a wrong password shows the translated error and no code reaches the RP', async ({ env, app, signIn, page }) => {
    const bob = env.users.bob;
    await app.login();
    await signIn.expectOnForm();
    await signIn.signIn(bob.username, 'not-his-password');

    await expect(signIn.alert).toHaveText('Incorrect identifier or password.');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(signIn.submitButton()).toBeEnabled();
    expect(app.rp.callbacks).toHaveLength(0);

    // The same interaction still accepts the right password.
    await signIn.password().fill(bob.password);
    await signIn.submitButton().click();
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(bob.id);
  });

  test('a reload of /sign-in resumes the interaction', async ({ env, app, signIn, page }) => {
    const alice = env.users.alice;
    await app.login({ login_hint: alice.username });
    await signIn.expectOnForm();
    await expect(signIn.identifier()).toHaveValue(alice.username);

    await page.reload();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to E2E Relying Party')).toBeVisible();
    await expect(signIn.identifier()).toHaveValue(alice.username);

    await signIn.password().fill(alice.password);
    await signIn.submitButton().click();
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(alice.id);
  });

  test('a reload after the password was verified finishes the sign-in by itself', async ({ env, app, signIn, page }) => {
    const alice = env.users.alice;
    await app.login();
    await signIn.expectOnForm();
    // Verify the password through the API with the browser's own cookies, as if the tab had
    // been reloaded between verification and identification.
    const verified = await page.request.post(new URL('/api/experience/verification/password', env.baseUrl).href, {
      headers: { Origin: env.baseUrl },
      data: { identifier: { type: 'username', value: alice.username }, password: alice.password },
    });
    expect(verified.status()).toBe(200);

    await page.reload();
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(alice.id);
  });

  test('without an interaction the UI shows the expired-session view', async ({ env, page }) => {
    await page.goto(`${env.baseUrl}/sign-in`);
    await expect(page.getByTestId('session-expired')).toHaveText(
      'Your sign-in session has expired; go back to the application and start again.',
    );
    await expect(page.getByLabel('Password')).toHaveCount(0);
  });
});
