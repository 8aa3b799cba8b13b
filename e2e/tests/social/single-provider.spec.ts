import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { CONNECTOR, federatedPages, federation } from '../../support/federation.ts';
import { freshUser } from '../../support/users.ts';

// Single-provider mode (the portal's LoginButtonAuthenticationType): no password sign-in at the
// downstream, and its /oidc/auth sends the browser straight to the upstream.
const fed = federation({
  name: 'social-single',
  signIn: { local: false, loginButtonProvider: CONNECTOR.id },
});
const { test } = fed;

test("the app's sign-in goes straight to the upstream; a new user registers on the way back", async ({
  app,
  page,
  provider,
  notLinked,
  browser,
}) => {
  const pia = await freshUser(fed.upstream.gatehouse, 'pia');
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });

  await app.login();
  // The upstream's sign-in page, with no page of the downstream before it (only redirects).
  await provider.expectOnForm();
  expect(visited.length).toBeGreaterThan(0);
  expect(visited.filter((url) => !url.startsWith(`${fed.upstream.baseUrl}/`))).toEqual([]);

  await provider.signIn(pia);
  // Back through the callback page, which verifies the request the server started.
  await notLinked.expectShown(CONNECTOR.name);
  await expect(notLinked.who).toHaveText(`${CONNECTOR.name} says you are ${pia.name} (${pia.email}).`);
  // No password sign-in here: no existing account to link to.
  await expect(notLinked.linkButton).toHaveCount(0);
  await notLinked.registerButton.click();
  await app.expectSignedIn();
  const claims = await app.claims();
  expect(claims).toMatchObject({ email: pia.email, name: pia.name, amr: ['fed'] });

  // Next time, from another browser: the upstream's page, then straight back to the app.
  await inFreshContext(browser, async (other) => {
    const again = federatedPages(other, fed);
    await again.app.login();
    await again.provider.signIn(pia);
    await again.app.expectSignedIn();
    expect((await again.app.claims()).sub).toBe(claims.sub);
  });
});
