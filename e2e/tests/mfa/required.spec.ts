import { expect } from '../../fixtures.ts';
import { inFreshContext, signInPages } from '../../pages/freshContext.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { nextTotp, totp } from '../../support/totp.ts';
import { freshUser } from '../../support/users.ts';

// A second Gatehouse with two_factor.required: an account without a factor sets up an
// authenticator app during its next sign-in, before the application gets a code.
const extra = extraGatehouse({
  name: 'mfa-required',
  client: { clientId: 'e2e-mfa-required-rp', clientSecret: 'e2e-mfa-required-secret-0123456789', name: 'MFA Required Relying Party' },
  twoFactor: { enabled: true, required: true },
});
const { test } = extra;

test.describe('two-factor required', () => {
  // The second sign-in may wait for the next 30-second step after the setup's.
  test.describe.configure({ timeout: 90_000 });

  test('a user without a factor sets up an app while signing in, keeps the backup codes, and goes on', async ({
    app,
    signIn,
    mfaEnroll,
    browser,
  }) => {
    const tess = await freshUser(extra.server.gatehouse, 'tess');
    await app.login();
    await signIn.expectOnForm();
    await signIn.signIn(tess.username, tess.password);

    await mfaEnroll.expectShown();
    await expect(mfaEnroll.qr).toHaveAttribute('src', /^data:image\//);
    expect(app.rp.callbacks).toHaveLength(0);
    const secret = await mfaEnroll.secret();

    // A wrong first code adds nothing.
    const { code } = totp(secret);
    await mfaEnroll.code.fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    await mfaEnroll.verifyButton.click();
    await expect(mfaEnroll.alert).toHaveText('This code is not the right one, or was already used. Check it and try again.');

    const first = totp(secret);
    const backupCodes = await mfaEnroll.confirm(first.code);
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);
    // Shown once, before anything reaches the application.
    expect(app.rp.callbacks).toHaveLength(0);
    await mfaEnroll.saved();
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(tess.id);

    // From now on the app's code is asked for, not a new setup.
    await inFreshContext(browser, async (page) => {
      const { app: again, signIn: signInAgain, mfa, enroll } = signInPages(page, extra.rp);
      await again.login();
      await signInAgain.expectOnForm();
      await signInAgain.signIn(tess.username, tess.password);
      await mfa.expectShown('totp');
      await expect(enroll.root).toHaveCount(0);
      // Each step's code is accepted once: a step later than the setup's.
      await mfa.enter((await nextTotp(secret, first.step)).code);
      await again.expectSignedIn();
      expect((await again.claims()).sub).toBe(tess.id);
    });
  });
});
