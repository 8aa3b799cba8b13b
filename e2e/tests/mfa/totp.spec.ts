import { expect, test } from '../../fixtures.ts';
import { inFreshContext, signInPages } from '../../pages/freshContext.ts';
import { nextTotp, totp } from '../../support/totp.ts';
import { freshUser } from '../../support/users.ts';

// The server runs with two_factor.enabled: a user sets up an authenticator app in the account
// pages, and signing in then asks for its code (or a backup code) after the password. The codes
// are computed here from the key the page shows, as the app would.

const TWO_FACTORS = 'urn:gatehouse:acr:2fa';

test.describe('authenticator app', () => {
  // A sign-in right after the setup may wait for the next 30-second step.
  test.describe.configure({ timeout: 90_000 });

  test('set up in the account pages, then its code completes a sign-in at the relying party', async ({
    gatehouse,
    account,
    browser,
    rp,
  }) => {
    const olga = await freshUser(gatehouse, 'olga');
    await account.signIn(olga);
    await account.mfa.expectShown();
    await expect(account.mfa.status).toHaveText(/^Add a second step to signing in/);
    await expect(account.mfa.totpRow).toContainText('Not set up');

    const enrolment = await account.mfa.enrolTotp(olga.password, (secret) => totp(secret).code);
    expect(enrolment.backupCodes.length).toBeGreaterThanOrEqual(8);
    expect(new Set(enrolment.backupCodes).size).toBe(enrolment.backupCodes.length);
    await expect(account.mfa.status).toHaveText(/^Two-factor authentication is on/);
    await expect(account.mfa.totpRow).toContainText('Added on');
    await expect(account.mfa.backupCodesRemaining).toHaveText(`${enrolment.backupCodes.length} left`);

    const before = rp.callbacks.length;
    const claims = await inFreshContext(browser, async (page) => {
      const { app, signIn, mfa } = signInPages(page, rp);
      await app.login();
      await signIn.expectOnForm();
      await signIn.signIn(olga.username, olga.password);
      // The password alone gives nothing: the app's code is due.
      await mfa.expectShown('totp');
      expect(rp.callbacks).toHaveLength(before);

      // A wrong code is refused, and the step stays.
      const { code } = await nextTotp(enrolment.secret, enrolment.usedStep);
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      await mfa.enter(wrong);
      await expect(mfa.alert).toHaveText('This code is not the right one, or was already used. Check it and try again.');
      await expect(mfa.code).toHaveAttribute('aria-invalid', 'true');

      // Each step's code is accepted once: this one is later than the one the setup used.
      await mfa.enter((await nextTotp(enrolment.secret, enrolment.usedStep)).code);
      await app.expectSignedIn();
      return app.claims();
    });
    expect(claims.sub).toBe(olga.id);
    expect(claims.amr).toEqual(expect.arrayContaining(['pwd', 'otp', 'mfa']));
    expect(claims.acr).toBe(TWO_FACTORS);
  });

  test('a backup code saved at the setup signs in once, and says how many are left', async ({
    gatehouse,
    account,
    browser,
    rp,
  }) => {
    const pavel = await freshUser(gatehouse, 'pavel');
    await account.signIn(pavel);
    const { backupCodes } = await account.mfa.enrolTotp(pavel.password, (secret) => totp(secret).code);
    const [code] = backupCodes;
    const left = backupCodes.length - 1;

    const before = rp.callbacks.length;
    const claims = await inFreshContext(browser, async (page) => {
      const { app, signIn, mfa } = signInPages(page, rp);
      await app.login();
      await signIn.expectOnForm();
      await signIn.signIn(pavel.username, pavel.password);
      await mfa.expectShown('totp');
      await mfa.useBackupCode(code);
      await expect(mfa.backupCodesLeft).toHaveText(`Code accepted. You have ${left} backup codes left.`);
      // Nothing reached the application before "Continue".
      expect(rp.callbacks).toHaveLength(before);
      await mfa.continueButton.click();
      await app.expectSignedIn();
      return app.claims();
    });
    expect(claims.sub).toBe(pavel.id);
    expect(claims.amr).toEqual(expect.arrayContaining(['pwd', 'mfa']));

    // A used code does not work twice.
    const after = rp.callbacks.length;
    await inFreshContext(browser, async (page) => {
      const { app, signIn, mfa } = signInPages(page, rp);
      await app.login();
      await signIn.expectOnForm();
      await signIn.signIn(pavel.username, pavel.password);
      await mfa.expectShown();
      await mfa.use('backupCode').click();
      await mfa.enter(code);
      await expect(mfa.alert).toHaveText('This code is not the right one, or was already used. Check it and try again.');
      expect(rp.callbacks).toHaveLength(after);
    });

    // The account page counts it too.
    await account.page.reload();
    await account.expectShown();
    await expect(account.mfa.backupCodesRemaining).toHaveText(`${left} left`);
  });
});
