import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { CustomRedeemInvitationStep } from '../../pages/custom/CustomRedeemInvitationStep.ts';
import { CustomStartStep } from '../../pages/custom/CustomStartStep.ts';
import { signInAfreshThroughCustomUi } from '../../pages/custom/signInAfresh.ts';
import { customUiGatehouse, recordApiCalls, recordSteps, writesOf } from '../../support/custom-ui.ts';
import { linkIn } from '../../support/mail.ts';

// The custom UI (e2e/custom-ui, see custom-ui.spec.ts) in front of a Gatehouse that registers
// people by invitation only ([registration] open = false, invitation = true); accounts sign in
// with a username. The CLI creates an invitation and mails its link,
// {public_url}/register?invitation=CODE: the link is the bundled UI's, but its code is all a UI
// needs, and the custom UI's `redeemInvitation` step asks for it.
const CLIENT = { clientId: 'e2e-custom-ui-invite-rp', clientSecret: 'e2e-custom-ui-invite-secret-0123456789', name: 'Custom UI Invitation Party' };
const extra = customUiGatehouse({
  name: 'custom-ui-invitation',
  client: CLIENT,
  extra: ['[registration]', 'enabled = true', 'open = false', 'invitation = true', ''],
});
const { test } = extra;

const STRONG = 'Saffron-Kettle-Orbit-64!';

const fresh = (who: string) => `${who}-${Date.now()}@example.com`;

test.describe('the custom UI with an invitation', () => {
  test('an invited person enters the code from the mail, chooses a username and a password, and lands signed in', async ({
    app,
    customUi,
    customStart,
    customRedeemInvitation,
    customProfile,
    mailbox,
    browser,
    page,
  }) => {
    const email = fresh('custom-invited');
    const username = `invited${Date.now()}`;
    // No `--client`: the person opens the application themselves (its client has no
    // initiate_login_uri, which a link opened cold would need).
    const invitation = await extra.server.gatehouse.invite(email, { name: 'Invited Example', expires: '1d' });
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe('You are invited to create an account');
    const link = new URL(linkIn(mail, `${extra.server.baseUrl}/register?invitation=`));
    const code = link.searchParams.get('invitation') ?? '';
    expect(code).toBe(invitation.code);

    const calls = recordApiCalls(page);
    const steps = recordSteps(page);
    await app.login();
    await customStart.expectOnStep();
    expect(new URL(page.url()).origin).toBe(customUi.url);
    await customStart.createAccountButton.click();

    // Registration is by invitation only: the server asks for the code before any profile field.
    await customRedeemInvitation.expectOnStep();
    await expect(customRedeemInvitation.heading).toBeVisible();
    await expect(customProfile.password).toHaveCount(0);
    await customRedeemInvitation.redeem(code);

    // `identify` was sent by the loop: the address is the invitation's (already proved); the
    // account signs in with a username, so the username and the password are what is missing.
    await customProfile.expectOnStep();
    await expect(customProfile.verifiedEmail).toContainText(email);
    await expect(customProfile.email).toHaveCount(0);
    await customProfile.chooseUsername(username);
    await expect(customProfile.username).toHaveCount(0);
    await customProfile.choosePassword(STRONG);

    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims).toMatchObject({ iss: extra.server.issuer, email, email_verified: true, preferred_username: username });
    expect(await app.userinfo()).toMatchObject({ sub: claims.sub, email, email_verified: true, name: 'Invited Example' });
    expect(app.rp.callbacks).toHaveLength(1);
    expect(await extra.server.gatehouse.cli('invitation', 'list')).toMatch(new RegExp(`${invitation.id}.*used`));

    // Every write succeeded the first time: the user never had to enter anything twice.
    expect(await writesOf(calls)).toEqual([
      'PUT /api/experience 204',
      'POST /api/experience/verification/invitation 200',
      'POST /api/experience/identification 204',
      'POST /api/experience/profile 204',
      'POST /api/experience/profile 204',
      'POST /api/experience/submit 200',
    ]);
    const profileCalls = calls
      .filter((r) => new URL(r.url()).pathname === '/api/experience/profile')
      .map((r) => (r.postDataJSON() as { type: string }).type);
    expect(profileCalls).toEqual(['username', 'password']);
    // One step at a time. (The last one, submit, is sent at once and the page navigates away,
    // often before its body can be read.)
    expect(steps.slice(0, -1)).toEqual([['startInteraction'], ['redeemInvitation'], ['identify'], ['profile'], ['profile']]);

    // The invitation works once: the same code in another browser is refused, and the step stays.
    await inFreshContext(browser, async (otherPage) => {
      await new RelyingPartyPage(otherPage, app.rp).login();
      const otherStart = new CustomStartStep(otherPage, customUi.url);
      await otherStart.expectOnStep();
      await otherStart.createAccountButton.click();
      const otherRedeem = new CustomRedeemInvitationStep(otherPage, customUi.url);
      await otherRedeem.expectOnStep();
      await otherRedeem.redeem(code);
      await otherRedeem.expectError('invitation.used');
      await otherRedeem.expectOnStep();
    });
    expect(app.rp.callbacks).toHaveLength(1);

    // The account is a real one: another browser signs in to it with the username and the password.
    const again = await signInAfreshThroughCustomUi(browser, app.rp, customUi.url, username, STRONG);
    expect(again).toMatchObject({ claims: { sub: claims.sub } });
  });
});
