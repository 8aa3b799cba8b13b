import { expect, test } from '../../fixtures.ts';
import { freshUser } from '../../support/users.ts';

test.describe('the account API called by an application with its own token', () => {
  test('a first-party application with the scope account reads the signed-in account', async ({
    gatehouse,
    accountApp,
    signIn,
  }) => {
    const rose = await freshUser(gatehouse, 'rose');
    await accountApp.login();
    await signIn.signIn(rose.username, rose.password);
    await accountApp.expectSignedIn();
    expect((await accountApp.json('tokens')).scope).toContain('account');

    const { status, body } = await accountApp.myAccount();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: rose.id,
      username: rose.username,
      email: rose.email,
      name: rose.name,
      emailVerified: true,
      hasPassword: true,
    });
  });

  test('a third-party application gets 403 account.third_party_client, even with the scope', async ({
    env,
    gatehouse,
    thirdParty,
    signIn,
    consent,
  }) => {
    const sami = await freshUser(gatehouse, 'sami');
    await thirdParty.login({ scope: 'openid account' });
    await signIn.signIn(sami.username, sami.password);
    await consent.expectFor(env.clients.thirdParty.name);
    expect(await consent.scopes()).toContain('Manage your account');
    await consent.allow();
    await thirdParty.expectSignedIn();

    const { status, body } = await thirdParty.myAccount();
    expect(status).toBe(403);
    expect(body).toMatchObject({ code: 'account.third_party_client' });
  });
});
