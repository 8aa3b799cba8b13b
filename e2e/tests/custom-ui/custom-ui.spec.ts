import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { CustomStartStep } from '../../pages/custom/CustomStartStep.ts';
import { signInAfreshThroughCustomUi } from '../../pages/custom/signInAfresh.ts';
import { customUiGatehouse, recordApiCalls, recordSteps, startCustomUi } from '../../support/custom-ui.ts';
import { freePort } from '../../support/gatehouse.ts';

// A Gatehouse of its own whose experience.sign_in_url is e2e/custom-ui, a second UI built from
// the OpenAPI document alone (docs/custom-ui.md), served on another port of 127.0.0.1: the same
// site, another origin, so every Experience API call is a CORS call with the interaction cookie.
// Open registration, and a minimum password length that is not the default, so that the UI can
// only show it by reading the policy the server sends. A second, third-party client asks for
// consent.
const MIN_LENGTH = 12;
const THIRD_PARTY = { clientId: 'e2e-custom-ui-3p', clientSecret: 'e2e-custom-ui-3p-secret-0123456789', name: 'Custom UI Third Party' };
const extra = customUiGatehouse({
  name: 'custom-ui',
  client: { clientId: 'e2e-custom-ui-rp', clientSecret: 'e2e-custom-ui-secret-0123456789', name: 'Custom UI Relying Party' },
  thirdParty: THIRD_PARTY,
  extra: ['[registration]', 'enabled = true', 'open = true', '', '[password]', `min_length = ${MIN_LENGTH}`, ''],
});
const { test } = extra;

const STRONG = 'Harbor-Lantern-Quiet-73!';

test.describe('a custom UI on another origin', () => {
  test('a user created with the CLI signs in, every API call cross-origin with its cookie', async ({
    page,
    app,
    customUi,
    customStart,
    customPassword,
  }) => {
    const stamp = Date.now();
    const user = { username: `custom${stamp}`, email: `custom-${stamp}@example.com`, name: 'Custom Example', password: STRONG };
    const id = await extra.server.gatehouse.createUser(user);
    const calls = recordApiCalls(page);

    await app.login();
    // /oidc/auth sent the browser to the custom UI, not to Gatehouse's bundled one.
    await customStart.expectOnStep();
    expect(new URL(page.url()).origin).toBe(customUi.url);
    expect(customUi.url).not.toBe(extra.server.baseUrl);

    await customStart.signInButton.click();
    await customPassword.expectOnStep();
    await customPassword.signIn(user.username, user.password);
    await app.expectSignedIn();
    expect(await app.userinfo()).toMatchObject({ sub: id, preferred_username: user.username });

    // The loop ran against Gatehouse's origin from the UI's: interaction, event, password,
    // identification, submit; each answered with CORS headers naming the UI's origin.
    const paths = calls.map((r) => `${r.method()} ${new URL(r.url()).pathname}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/experience/interaction',
        'PUT /api/experience',
        'POST /api/experience/verification/password',
        'POST /api/experience/identification',
        'POST /api/experience/submit',
      ]),
    );
    for (const request of calls) {
      expect(new URL(request.url()).origin, paths.join('\n')).toBe(extra.server.baseUrl);
      expect((await request.allHeaders())['origin']).toBe(customUi.url);
      const response = await request.response();
      expect(response, `${request.method()} ${request.url()}`).not.toBeNull();
      expect(response!.status(), `${request.method()} ${request.url()}`).toBeLessThan(300);
      const headers = await response!.allHeaders();
      expect(headers['access-control-allow-origin']).toBe(customUi.url);
      expect(headers['access-control-allow-credentials']).toBe('true');
    }
  });

  test('a new user registers, password first and username second, and is signed in', async ({
    page,
    app,
    customUi,
    customStart,
    customProfile,
    browser,
  }) => {
    const username = `newcomer${Date.now()}`;
    const calls = recordApiCalls(page);

    await app.login();
    await customStart.expectOnStep();
    await customStart.createAccountButton.click();
    await customProfile.expectOnStep();
    await expect(customProfile.passwordHint).toContainText(`at least ${MIN_LENGTH} characters`);

    // The password before the username: the server keeps it, and asks only for what is missing.
    await customProfile.choosePassword(STRONG);
    await expect(customProfile.passwordSet).toBeVisible();
    await expect(customProfile.password).toHaveCount(0);
    await customProfile.chooseUsername(username);
    await app.expectSignedIn();
    expect(await app.userinfo()).toMatchObject({ preferred_username: username });

    const profileCalls = calls
      .filter((r) => new URL(r.url()).pathname === '/api/experience/profile')
      .map((r) => (r.postDataJSON() as { type: string }).type);
    expect(profileCalls).toEqual(['password', 'username']);

    // The account is a real one: a fresh browser signs in to it through the custom UI.
    const again = await signInAfreshThroughCustomUi(browser, app.rp, customUi.url, username, STRONG);
    expect(again).toMatchObject({ claims: { preferred_username: username } });
  });

  test('a weak password shows the broken rules and the minimum length from the policy; a good one goes through', async ({
    app,
    customStart,
    customProfile,
  }) => {
    const username = `careful${Date.now()}`;

    await app.login();
    await customStart.expectOnStep();
    await customStart.createAccountButton.click();
    await customProfile.expectOnStep();
    await customProfile.chooseUsername(username);
    await expect(customProfile.username).toHaveCount(0);

    // Shorter than the minimum, and one of the most common passwords.
    await customProfile.choosePassword('password');
    await customProfile.expectError('user.weak_password');
    const rules = await customProfile.brokenRules.evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
    expect(rules).toEqual(expect.arrayContaining(['password.too_short', 'password.too_common']));
    await expect(customProfile.brokenRules.and(customProfile.page.locator('[data-rule="password.too_short"]'))).toHaveText(
      `at least ${MIN_LENGTH} characters (password.too_short)`,
    );
    await expect(customProfile.minLength).toHaveText(`A password has at least ${MIN_LENGTH} characters.`);
    // Nothing was kept: the step still asks for the password.
    await customProfile.expectOnStep();
    await expect(customProfile.passwordSet).toHaveCount(0);

    await customProfile.choosePassword(STRONG);
    await app.expectSignedIn();
    expect(await app.userinfo()).toMatchObject({ preferred_username: username });
  });

  test('a third-party application: the consent step lists its scopes, Allow grants them and the user lands signed in', async ({
    thirdPartyApp,
    customStart,
    customPassword,
    customConsent,
    page,
  }) => {
    const stamp = Date.now();
    const user = { username: `consenter${stamp}`, email: `consenter-${stamp}@example.com`, name: 'Consent Example', password: STRONG };
    const id = await extra.server.gatehouse.createUser(user);
    const steps = recordSteps(page);

    await thirdPartyApp.login();
    await customStart.expectOnStep();
    await customStart.signInButton.click();
    await customPassword.signIn(user.username, user.password);

    await customConsent.expectOnStep();
    await expect(customConsent.heading(THIRD_PARTY.name)).toBeVisible();
    expect(await customConsent.scopeNames()).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));
    expect(thirdPartyApp.rp.callbacks).toHaveLength(0);
    // The step lives in the interaction: a reload shows it again.
    await page.reload();
    await customConsent.expectOnStep();

    await customConsent.allowButton.click();
    await thirdPartyApp.expectSignedIn();
    expect(await thirdPartyApp.userinfo()).toMatchObject({ sub: id, email: user.email, name: user.name });
    expect(thirdPartyApp.rp.callbacks).toHaveLength(1);
    // Consent is listed before submit, never beside it (the reload asked again). The last answer,
    // submit, is sent at once and the page navigates away, often before its body can be read.
    expect(steps.slice(0, -1)).toEqual([['startInteraction'], ['verifyPassword'], ['identify'], ['consent'], ['consent']]);

    // Remembered: a second authorization in this browser goes straight back, no step shown.
    await thirdPartyApp.login();
    await thirdPartyApp.expectSignedIn();
    expect((await thirdPartyApp.claims()).sub).toBe(id);
  });

  test('Deny on the consent step sends the application access_denied', async ({
    thirdPartyApp,
    customStart,
    customPassword,
    customConsent,
  }) => {
    const stamp = Date.now();
    const user = { username: `refuser${stamp}`, email: `refuser-${stamp}@example.com`, name: 'Refuser Example', password: STRONG };
    await extra.server.gatehouse.createUser(user);

    await thirdPartyApp.login();
    await customStart.expectOnStep();
    await customStart.signInButton.click();
    await customPassword.signIn(user.username, user.password);
    await customConsent.expectOnStep();
    await customConsent.denyButton.click();
    await thirdPartyApp.expectAuthorizationError('access_denied');
  });

  test('another origin of the same site that is not listed is refused: no CORS grant, 403 request.forbidden_origin', async ({
    customUi,
    request,
    browser,
  }) => {
    const foreign = await startCustomUi({ port: await freePort(), gatehouseUrl: () => extra.server.baseUrl });
    try {
      expect(new URL(foreign.url).hostname).toBe(new URL(extra.server.baseUrl).hostname);
      const api = `${extra.server.baseUrl}/api/experience`;

      // A state-changing call from the foreign origin: refused, and no CORS grant for it.
      const put = await request.put(api, { headers: { Origin: foreign.url }, data: { interactionEvent: 'SignIn' } });
      expect(put.status()).toBe(403);
      expect(await put.json()).toMatchObject({ code: 'request.forbidden_origin' });
      expect(put.headers()['access-control-allow-origin']).toBeUndefined();
      // Its preflight is not granted either; the UI's own origin's is.
      const preflight = (origin: string) =>
        request.fetch(api, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
        });
      expect((await preflight(foreign.url)).headers()['access-control-allow-origin']).toBeUndefined();
      const granted = (await preflight(customUi.url)).headers();
      expect(granted['access-control-allow-origin']).toBe(customUi.url);
      expect(granted['access-control-allow-credentials']).toBe('true');

      // In a browser with an interaction under way (its cookie is the host's, whatever the port),
      // the same UI served from the foreign origin cannot read it: the browser blocks the answer.
      // (A fresh context: the blocked call is a console error, which is the point here.)
      await inFreshContext(browser, async (page) => {
        await new RelyingPartyPage(page, extra.rp).login();
        await new CustomStartStep(page, customUi.url).expectOnStep();
        await page.goto(`${foreign.url}/sign-in`);
        const foreignStart = new CustomStartStep(page, foreign.url);
        await foreignStart.expectError('ui.network_error');
        await expect(foreignStart.step).not.toHaveAttribute('data-step');
        await expect(foreignStart.signInButton).toHaveCount(0);
      });
    } finally {
      await foreign.close();
    }
  });
});
