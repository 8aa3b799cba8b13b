import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../../fixtures.ts';

// The server runs with the default session.lifetime and sign_in.remember_me = true.
const SESSION_COOKIE = 'gatehouse_session';
const HOUR = 3600;

async function sessionCookie(context: BrowserContext, baseUrl: string) {
  const cookies = await context.cookies(baseUrl);
  const cookie = cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie, `a ${SESSION_COOKIE} cookie`).toBeDefined();
  return cookie!;
}

/** Waits for the choice the UI sends after identification. */
function choiceSent(page: Page) {
  return page.waitForResponse(
    (r) => r.url().endsWith('/api/experience/remember-me') && r.request().method() === 'PUT',
  );
}

test.describe('remember me', () => {
  test('with the box checked the SSO session cookie outlives the browser for a day', async ({
    env,
    app,
    signIn,
    page,
    context,
  }) => {
    const jade = env.users.jade;
    await app.login();
    await signIn.expectOnForm();
    await expect(signIn.rememberMe()).not.toBeChecked();
    await signIn.rememberMe().check();

    const [sent] = await Promise.all([choiceSent(page), signIn.signIn(jade.username, jade.password)]);
    expect(sent.status()).toBe(204);
    expect(sent.request().postDataJSON()).toEqual({ rememberMe: true });
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(jade.id);

    const cookie = await sessionCookie(context, env.baseUrl);
    const now = Date.now() / 1000;
    expect(cookie.expires).toBeGreaterThan(now + 23 * HOUR);
    expect(cookie.expires).toBeLessThanOrEqual(now + 24 * HOUR + 60);
  });

  test('without the box the SSO session cookie ends with the browser', async ({
    env,
    app,
    signIn,
    page,
    context,
  }) => {
    const karim = env.users.karim;
    await app.login();
    await signIn.expectOnForm();
    await expect(signIn.rememberMe()).toBeVisible();
    await expect(signIn.rememberMe()).not.toBeChecked();

    const [sent] = await Promise.all([choiceSent(page), signIn.signIn(karim.username, karim.password)]);
    expect(sent.status()).toBe(204);
    expect(sent.request().postDataJSON()).toEqual({ rememberMe: false });
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(karim.id);

    const cookie = await sessionCookie(context, env.baseUrl);
    expect(cookie.expires).toBe(-1);
  });
});
