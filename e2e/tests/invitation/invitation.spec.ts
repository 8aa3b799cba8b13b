import { expect, test } from '../../fixtures.ts';
import { linkIn } from '../../support/mail.ts';
import { inFreshContext, signInAfresh } from '../../pages/freshContext.ts';
import { RegisterPage } from '../../pages/RegisterPage.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';

// The server runs with registration.invitation = true (and open registration besides), and
// accounts sign in with a username: the invited contact chooses one. The CLI creates an
// invitation and mails its link, {public_url}/register?invitation=CODE. A link opens in a browser
// that has started signing in at an application: the interaction is that one's.
const STRONG = 'Gentle-Lighthouse-29!';

const fresh = (who: string) => `${who}-${Date.now()}@example.com`;

test.describe('invitations', () => {
  test('the mailed link asks for a username and a password, signs in, and works once', async ({
    env,
    gatehouse,
    app,
    register,
    mailbox,
    page,
    browser,
  }) => {
    const email = fresh('guest');
    const username = `guest${Date.now()}`;
    const invitation = await gatehouse.invite(email, { name: 'Guest Example', expires: '1d' });
    expect(invitation.link).toBe(`${env.baseUrl}/register?invitation=${invitation.code}`);
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe('You are invited to create an account');
    expect(mail.body).toContain('Hello Guest Example,');
    const link = linkIn(mail, `${env.baseUrl}/register?invitation=`);
    expect(link).toBe(invitation.link);

    await register.openInvitation(app, link);
    await expect(register.invitedEmail).toHaveValue(email);
    await expect(register.invitedEmail).toHaveAttribute('readonly', '');
    await expect(register.invitedGreeting).toHaveText('Welcome, Guest Example');
    // The account signs in with a username: the invitation's address does not stand for one.
    await expect(register.username()).toBeVisible();
    // The secret leaves the address bar once redeemed.
    await expect(page).toHaveURL(/\/register$/);

    await register.register(username, STRONG);
    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims).toMatchObject({ email, email_verified: true });
    expect(await app.userinfo()).toMatchObject({
      sub: claims.sub,
      email,
      email_verified: true,
      name: 'Guest Example',
      preferred_username: username,
    });
    expect(await gatehouse.cli('invitation', 'list')).toMatch(new RegExp(`${invitation.id}.*used`));

    // The same link again, in another browser: refused, and no account is made.
    await inFreshContext(browser, async (otherPage) => {
      const otherRegister = new RegisterPage(otherPage);
      await otherRegister.openInvitation(new RelyingPartyPage(otherPage, app.rp), link);
      await expect(otherRegister.alert).toHaveText('This invitation was already used.');
      await expect(otherRegister.invitedEmail).toHaveCount(0);
    });
    expect(app.rp.callbacks).toHaveLength(1);

    // The account is a real one: another browser signs in to it with the username and the password.
    expect((await signInAfresh(browser, app.rp, username, STRONG)).sub).toBe(claims.sub);
  });

  test('a revoked invitation is refused', async ({ env, gatehouse, app, register, mailbox }) => {
    const email = fresh('uninvited');
    const invitation = await gatehouse.invite(email);
    await mailbox.waitFor(email);
    await gatehouse.cli('invitation', 'revoke', invitation.id);

    await register.openInvitation(app, `${env.baseUrl}/register?invitation=${invitation.code}`);
    await expect(register.alert).toHaveText('This invitation was withdrawn.');
    await expect(register.invitedEmail).toHaveCount(0);
    expect(app.rp.callbacks).toHaveLength(0);
  });

  test('a link opened straight from the mail goes through the application, which starts the sign-in', async ({
    env,
    gatehouse,
    app,
    register,
    mailbox,
    page,
  }) => {
    const email = fresh('cold');
    const username = `cold${Date.now()}`;
    const invitation = await gatehouse.invite(email, { name: 'Cold Example', client: env.clients.rp.clientId });
    const link = linkIn(await mailbox.waitFor(email), `${env.baseUrl}/register?invitation=`);

    // The link alone, in a browser that never went to the application.
    await page.goto(link);
    await expect(register.invitedEmail).toHaveValue(email);
    await expect(register.invitedGreeting).toHaveText('Welcome, Cold Example');
    await expect(page).toHaveURL(/\/register(\?|$)/);
    expect(page.url()).not.toContain(invitation.code);

    await register.register(username, STRONG);
    await app.expectSignedIn();
    expect(await app.claims()).toMatchObject({ email, email_verified: true, preferred_username: username });
    expect(app.rp.callbacks).toHaveLength(1);
    expect(await gatehouse.cli('invitation', 'list')).toMatch(new RegExp(`${invitation.id}.*used`));
  });
});
