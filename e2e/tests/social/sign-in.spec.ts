import type { Browser } from '@playwright/test';
import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { CONNECTOR, federatedPages, federation } from '../../support/federation.ts';
import type { TestUser } from '../../support/env.ts';
import { freshUser } from '../../support/users.ts';

// Two Gatehouses of this file's own: the downstream's connector `up` signs people in at the
// upstream (OpenID Connect: discovery, a signed ID token), in the same browser.
const fed = federation({ name: 'social-sign-in' });
const { test } = fed;

/** From a fresh browser, the RP's sign-in through the upstream as `user`, who is linked already. */
function signInThroughUpstream(browser: Browser, user: TestUser) {
  return inFreshContext(browser, async (page) => {
    const { app, signIn, connectors, provider, notLinked } = federatedPages(page, fed);
    await app.login();
    await signIn.expectOnForm();
    await connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
    await provider.signIn(user);
    await app.expectSignedIn();
    await expect(notLinked.root).toHaveCount(0);
    return app.claims();
  });
}

test.describe('signing in with another Gatehouse', () => {
  test('a new user signs in at the upstream, creates an account on the way back, and lands at the app', async ({
    app,
    signIn,
    connectors,
    provider,
    notLinked,
    browser,
  }) => {
    const ada = await freshUser(fed.upstream.gatehouse, 'ada');
    await app.login();
    await signIn.expectOnForm();
    await connectors.continueWith(CONNECTOR.id, CONNECTOR.name);

    // The upstream's own sign-in page, on its origin.
    await provider.signIn(ada);

    // Back through /callback/up: no account has this identity yet.
    await notLinked.expectShown(CONNECTOR.name);
    // The upstream verified the address, so it is shown.
    await expect(notLinked.who).toHaveText(`${CONNECTOR.name} says you are ${ada.name} (${ada.email}).`);
    await expect(notLinked.linkButton).toBeVisible();
    expect(app.rp.callbacks).toHaveLength(0);

    await notLinked.registerButton.click();
    await app.expectSignedIn();
    const claims = await app.claims();
    // An account of the downstream's own, with what the upstream vouched for.
    expect(claims.sub).not.toBe(ada.id);
    expect(claims).toMatchObject({ email: ada.email, email_verified: true, name: ada.name, amr: ['fed'] });
    expect(await app.userinfo()).toMatchObject({ sub: claims.sub, email: ada.email, name: ada.name });

    // The identity is that account's now: from another browser, straight through.
    const again = await signInThroughUpstream(browser, ada);
    expect(again.sub).toBe(claims.sub);
    expect(again.amr).toEqual(['fed']);
  });

  test('the register page\'s upstream button creates the account without asking anything else', async ({
    app,
    signIn,
    register,
    connectors,
    provider,
    notLinked,
  }) => {
    const bea = await freshUser(fed.upstream.gatehouse, 'bea');
    await app.login();
    await signIn.expectOnForm();
    await signIn.createAccountLink().click();
    await register.expectOnForm();
    await connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
    await provider.signIn(bea);

    // A registration was asked for: no "create or link" choice on the way back.
    await app.expectSignedIn();
    await expect(notLinked.root).toHaveCount(0);
    expect(await app.claims()).toMatchObject({ email: bea.email, name: bea.name, amr: ['fed'] });
  });

  test("an existing account is linked with its password, then the upstream alone signs it in", async ({
    app,
    signIn,
    connectors,
    provider,
    notLinked,
    browser,
  }) => {
    // Dora has a password at the downstream; at the upstream she is known as Cyril's account.
    const dora = await freshUser(fed.downstream.gatehouse, 'dora');
    const atUpstream = await freshUser(fed.upstream.gatehouse, 'cyril');
    await app.login();
    await signIn.expectOnForm();
    await connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
    await provider.signIn(atUpstream);

    await notLinked.expectShown(CONNECTOR.name);
    await notLinked.linkButton.click();
    await expect(
      notLinked.root.getByText(
        `Sign in to your existing account: your ${CONNECTOR.name} account will be linked to it, and you can then sign in with either.`,
      ),
    ).toBeVisible();

    // A wrong password links nothing, and says no more than at sign-in.
    await signIn.signIn(dora.username, 'Wrong-Password-00!');
    await expect(notLinked.alert).toHaveText('Incorrect identifier or password.');
    expect(app.rp.callbacks).toHaveLength(0);

    await signIn.signIn(dora.username, dora.password);
    await app.expectSignedIn();
    expect(await app.claims()).toMatchObject({ sub: dora.id, email: dora.email, name: dora.name });

    // Next time the upstream alone signs Dora in.
    const again = await signInThroughUpstream(browser, atUpstream);
    expect(again).toMatchObject({ sub: dora.id, email: dora.email, amr: ['fed'] });
  });
});
