import { expect, test } from '../../fixtures.ts';
import { signInAfresh } from '../../pages/freshContext.ts';

// The server runs with the default registration (open, by username) and password policy
// (8 characters, three of lowercase, uppercase, digit and other, no common password).
const STRONG = 'Bright-Sparrow-83!';
const RULE_TOO_SIMPLE = 'Mix at least three of: lowercase letters, uppercase letters, digits and other characters.';
const RULE_TOO_COMMON = 'This password is too common: it is among the first ones attackers try.';

test.describe('registration', () => {
  test('creates an account from the RP and the RP gets a new user', async ({
    env,
    app,
    signIn,
    register,
    page,
    browser,
  }) => {
    const username = `newbie-${Date.now()}`;
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();

    await register.expectOnForm();
    await expect(register.heading('Create your account for E2E Relying Party')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await register.register(username, STRONG);
    await app.expectSignedIn();

    const claims = await app.claims();
    expect(typeof claims.sub).toBe('string');
    expect(Object.values(env.users).map((u) => u.id)).not.toContain(claims.sub);
    expect(claims.iss).toBe(env.issuer);
    expect([claims.aud].flat()).toContain(env.clients.rp.clientId);
    expect(claims.nonce).toBe(await app.expectedNonce());
    expect(await app.userinfo()).toMatchObject({ sub: claims.sub, preferred_username: username });
    expect(app.rp.callbacks).toHaveLength(1);

    // The account is a real one: another browser signs in to it with its password.
    expect((await signInAfresh(browser, app.rp, username, STRONG)).sub).toBe(claims.sub);
  });

  test('a weak password lists every broken rule at once and creates nothing', async ({
    app,
    signIn,
    register,
    page,
  }) => {
    const username = `weakling-${Date.now()}`;
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();

    await register.register(username, 'password');
    await expect(register.alert).toHaveText('Choose a stronger password.');
    await expect(register.passwordRules).toContainText([RULE_TOO_SIMPLE, RULE_TOO_COMMON]);
    expect(await register.passwordRules.count()).toBeGreaterThanOrEqual(2);
    await expect(register.password()).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/register(\?|$)/);
    await expect(register.submitButton()).toBeEnabled();
    expect(app.rp.callbacks).toHaveLength(0);

    // Nothing was created: the same name is still free, and the same interaction takes a strong password.
    await register.password().fill(STRONG);
    await register.confirmPassword().fill(STRONG);
    await register.submitButton().click();
    await app.expectSignedIn();
    expect(await app.userinfo()).toMatchObject({ preferred_username: username });
  });

  test('a taken username shows the translated message and no code reaches the RP', async ({
    env,
    app,
    signIn,
    register,
    page,
  }) => {
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();

    await register.register(env.users.alice.username, STRONG);
    await expect(register.alert).toHaveText('This username is already taken.');
    await expect(register.username()).toHaveAttribute('aria-invalid', 'true');
    await expect(register.passwordRules).toHaveCount(0);
    await expect(page).toHaveURL(/\/register(\?|$)/);
    expect(app.rp.callbacks).toHaveLength(0);
  });

  test('passwords that differ are caught before anything is sent', async ({ app, signIn, register, page }) => {
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();

    let profileCalls = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/experience/profile')) profileCalls++;
    });
    await register.register(`twice-${Date.now()}`, STRONG, `${STRONG}x`);
    await expect(register.passwordsDiffer).toHaveText('The passwords do not match.');
    expect(profileCalls).toBe(0);
  });

  test('"Already have an account? Sign in" goes back to signing in', async ({ env, app, signIn, register }) => {
    const alice = env.users.alice;
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();

    await register.signInLink().click();
    await signIn.expectOnForm();
    await signIn.signIn(alice.username, alice.password);
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(alice.id);
  });
});
