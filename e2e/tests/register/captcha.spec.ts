import type { Request } from '@playwright/test';
import { expect } from '../../fixtures.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';

// A second Gatehouse of its own with registration.captcha = true: the register page solves the
// built-in proof of work before it starts the registration.
const { test } = extraGatehouse({
  name: 'captcha',
  client: { clientId: 'e2e-captcha-rp', clientSecret: 'e2e-captcha-secret-0123456789', name: 'Captcha Relying Party' },
  extra: ['[registration]', 'captcha = true'],
});
const STRONG = 'Copper-Kestrel-58!';

/** The PUT /api/experience that starts a registration. */
const startsRegistration = (r: Request) =>
  r.method() === 'PUT' && new URL(r.url()).pathname === '/api/experience' && r.postDataJSON()?.interactionEvent === 'Register';

test.describe('registration with a captcha', () => {
  test('the page proves it is not a robot, then the account is created', async ({ page, app, signIn, register }) => {
    const username = `robotless${Date.now()}`;

    await app.login();
    await signIn.expectOnForm();
    const [started] = await Promise.all([page.waitForRequest(startsRegistration), signIn.createAccountLink().click()]);
    expect(typeof started.postDataJSON().captchaToken).toBe('string');
    expect((await started.response())?.status()).toBeLessThan(300);

    await register.expectOnForm();
    await expect(page.getByTestId('captcha')).toHaveText(/Verified$/);
    await register.register(username, STRONG);
    await app.expectSignedIn();
    expect(await app.userinfo()).toMatchObject({ preferred_username: username });
  });
});
