import { expect, test } from '../../fixtures.ts';

test('the /demo public client signs in with PKCE and shows the ID token and userinfo', async ({ env, demo, signIn }) => {
  const alice = env.users.alice;
  await demo.goto();
  await demo.start();
  await signIn.expectOnForm();
  await signIn.signIn(alice.username, alice.password);
  await demo.expectSignedIn();

  expect(await demo.header()).toMatchObject({ alg: 'ES256' });
  const claims = await demo.claims();
  expect(claims).toMatchObject({ sub: alice.id, iss: env.issuer });
  expect([claims.aud].flat()).toContain(env.demoClient.clientId);
  expect(await demo.userinfo()).toMatchObject({ sub: alice.id, email: alice.email });
});
