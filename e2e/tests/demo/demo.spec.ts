import { expect, test } from '../../fixtures.ts';
import { linkIn } from '../../support/mail.ts';

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

test('an invitation to the demo client works straight from the mail: /demo starts the sign-in', async ({
  env,
  gatehouse,
  demo,
  register,
  mailbox,
  page,
}) => {
  const email = `demo-guest-${Date.now()}@example.com`;
  const username = `demoguest${Date.now()}`;
  await gatehouse.invite(email, { client: env.demoClient.clientId });
  const link = linkIn(await mailbox.waitFor(email), `${env.baseUrl}/register?invitation=`);

  await page.goto(link);
  await expect(register.invitedEmail).toHaveValue(email);
  await register.register(username, 'Harbor-Quartz-58!');
  await demo.expectSignedIn();
  expect(await demo.claims()).toMatchObject({ email, email_verified: true, iss: env.issuer });
});
