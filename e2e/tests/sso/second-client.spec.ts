import { expect, test } from '../../fixtures.ts';

test('a second client in the same browser gets a code without the form', async ({ env, app, app2, signIn, page }) => {
  const alice = env.users.alice;
  await app.login();
  await signIn.signIn(alice.username, alice.password);
  await app.expectSignedIn();

  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  await app2.login();
  await app2.expectSignedIn();

  expect(visited.filter((url) => new URL(url).pathname === '/sign-in')).toEqual([]);
  const claims = await app2.claims();
  expect(claims.sub).toBe(alice.id);
  expect([claims.aud].flat()).toContain(env.clients.rp2.clientId);
  expect(claims.nonce).toBe(await app2.expectedNonce());
});
