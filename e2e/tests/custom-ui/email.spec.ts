import { expect } from '../../fixtures.ts';
import { signInAfreshThroughCustomUi } from '../../pages/custom/signInAfresh.ts';
import { customUiGatehouse, recordApiCalls, recordSteps, writesOf } from '../../support/custom-ui.ts';
import { codeIn } from '../../support/mail.ts';

// The custom UI (e2e/custom-ui, see custom-ui.spec.ts) in front of a Gatehouse whose accounts
// sign in with their email ([sign_in] local_by_email): registration is by a one-time code sent
// to the address, and a forgotten password is reset by one. Mail goes to the file transport,
// which the `mailbox` fixture reads. Each test uses addresses of its own (codes are limited per
// address).
const extra = customUiGatehouse({
  name: 'custom-ui-email',
  client: { clientId: 'e2e-custom-ui-email-rp', clientSecret: 'e2e-custom-ui-email-secret-0123456789', name: 'Custom UI Email Party' },
  signInByEmail: true,
  extra: ['[registration]', 'enabled = true', 'open = true', ''],
});
const { test } = extra;

const STRONG = 'Copper-Meadow-Violin-58!';
const NEW = 'Granite-Pelican-Sunrise-27#';

const fresh = (who: string) => `${who}-${Date.now()}@example.com`;
/** A 6-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

test.describe('the custom UI with email codes', () => {
  test('a new user registers by a code sent to the address, chooses a password and lands signed in', async ({
    app,
    customUi,
    customStart,
    customProfile,
    customVerifyCode,
    mailbox,
    browser,
    page,
  }) => {
    const email = fresh('custom-register');
    const calls = recordApiCalls(page);
    const steps = recordSteps(page);
    await app.login();
    await customStart.expectOnStep();
    await customStart.createAccountButton.click();

    // The profile step asks for the identifier (an email, proved by a code) and the password:
    // no username, since the account signs in with its address.
    await customProfile.expectOnStep();
    await expect(customProfile.username).toHaveCount(0);
    await customProfile.sendCodeTo(email);

    await customVerifyCode.expectOnStep();
    await expect(customVerifyCode.sentTo).toContainText(email);
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe('Your verification code');
    const code = codeIn(mail);

    // A wrong code is refused and the step stays; the right one goes through.
    await customVerifyCode.enter(wrong(code));
    await customVerifyCode.expectError('verification_code.mismatch');
    await customVerifyCode.expectOnStep();
    await customVerifyCode.enter(code);

    // `identify` was sent by the loop: the address is the registration's, only the password is missing.
    await customProfile.expectOnStep();
    await expect(customProfile.verifiedEmail).toContainText(email);
    await expect(customProfile.email).toHaveCount(0);
    await customProfile.choosePassword(STRONG);

    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims).toMatchObject({ iss: extra.server.issuer, email, email_verified: true });
    expect(mailbox.to(email)).toHaveLength(1);

    // The UI sent only what each step asked for: nothing refused but the wrong code.
    expect(await writesOf(calls)).toEqual([
      'PUT /api/experience 204',
      'POST /api/experience/verification/verification-code 200',
      'POST /api/experience/verification/verification-code/verify 422',
      'POST /api/experience/verification/verification-code/verify 200',
      'POST /api/experience/identification 204',
      'POST /api/experience/profile 204',
      'POST /api/experience/submit 200',
    ]);
    // What each GET /api/experience/interaction listed: one step at a time. (The last one, submit,
    // is sent at once and the page navigates away, often before its body can be read.)
    expect(steps.slice(0, -1)).toEqual([['startInteraction'], ['profile'], ['verifyCode'], ['identify'], ['profile']]);

    // The account is a real one: another browser signs in to it with the address and the password.
    const again = await signInAfreshThroughCustomUi(browser, app.rp, customUi.url, email, STRONG);
    expect(again).toMatchObject({ claims: { sub: claims.sub } });
  });

  test('a forgotten password: a code by mail, a new password, signed in; later the new password works and the old one does not', async ({
    app,
    customUi,
    customStart,
    customSendCode,
    customVerifyCode,
    customResetPassword,
    mailbox,
    browser,
    page,
  }) => {
    const calls = recordApiCalls(page);
    const steps = recordSteps(page);
    const user = { username: `forgetful${Date.now()}`, email: fresh('custom-forgetful'), name: 'Forgetful Example', password: STRONG };
    const id = await extra.server.gatehouse.createUser(user);

    await app.login();
    await customStart.expectOnStep();
    await customStart.forgotPasswordButton.click();

    await customSendCode.expectOnStep();
    await expect(customSendCode.heading).toHaveText('Reset your password');
    await customSendCode.sendTo(user.email);
    await customVerifyCode.expectOnStep();
    await expect(customVerifyCode.sentTo).toContainText(user.email);
    const mail = await mailbox.waitFor(user.email);
    expect(mail.subject).toBe('Reset your password');
    await customVerifyCode.enter(codeIn(mail));

    // The new password, with the policy the step sends: a weak one is refused, with its rules.
    await customResetPassword.expectOnStep();
    await expect(customResetPassword.passwordHint).toContainText('at least 8 characters');
    await customResetPassword.reset('password');
    await customResetPassword.expectError('user.weak_password');
    await expect(customResetPassword.brokenRules.first()).toBeVisible();
    await customResetPassword.expectOnStep();
    await customResetPassword.reset(NEW);

    // Submit follows at once: back at the application, signed in as the account.
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(id);
    expect(await writesOf(calls)).toEqual([
      'PUT /api/experience 204',
      'POST /api/experience/verification/verification-code 200',
      'POST /api/experience/verification/verification-code/verify 200',
      'POST /api/experience/identification 204',
      'PUT /api/experience/profile/password 422',
      'PUT /api/experience/profile/password 204',
      'POST /api/experience/submit 200',
    ]);
    expect(steps.slice(0, -1)).toEqual([
      ['startInteraction'],
      ['sendVerificationCode'],
      ['verifyCode'],
      ['identify'],
      ['resetPassword'],
    ]);

    // Later, from another browser: the new password signs in, the old one is refused.
    expect(await signInAfreshThroughCustomUi(browser, app.rp, customUi.url, user.email, NEW)).toMatchObject({
      claims: { sub: id },
    });
    expect(await signInAfreshThroughCustomUi(browser, app.rp, customUi.url, user.email, STRONG)).toEqual({
      error: 'session.invalid_credentials',
    });
  });
});
