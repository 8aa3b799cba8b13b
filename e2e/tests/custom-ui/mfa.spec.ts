import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { RelyingPartyPage } from '../../pages/RelyingPartyPage.ts';
import { CustomMfaStep } from '../../pages/custom/CustomMfaStep.ts';
import { CustomPasswordStep } from '../../pages/custom/CustomPasswordStep.ts';
import { CustomStartStep } from '../../pages/custom/CustomStartStep.ts';
import { customUiGatehouse } from '../../support/custom-ui.ts';
import { totp } from '../../support/totp.ts';

// The custom UI (e2e/custom-ui, built from the OpenAPI document alone) against a Gatehouse that
// requires two factors: the `enrollMfa` step sets up an app during the sign-in, and the next
// sign-in's `mfa` step takes one of the backup codes it showed.
const extra = customUiGatehouse({
  name: 'custom-ui-mfa',
  client: { clientId: 'e2e-custom-ui-mfa-rp', clientSecret: 'e2e-custom-ui-mfa-secret-0123456789', name: 'Custom UI MFA Relying Party' },
  twoFactor: { enabled: true, required: true },
});
const { test } = extra;

test('a custom UI sets up the required app from the document alone, then signs in with a backup code', async ({
  app,
  browser,
  customStart,
  customPassword,
  customEnrollMfa,
}) => {
  const stamp = Date.now();
  const user = { username: `custommfa${stamp}`, email: `custom-mfa-${stamp}@example.com`, name: 'Custom Mfa', password: 'Harbor-Lantern-Quiet-73!' };
  const id = await extra.server.gatehouse.createUser(user);

  await app.login();
  await customStart.expectOnStep();
  await customStart.signInButton.click();
  await customPassword.expectOnStep();
  await customPassword.signIn(user.username, user.password);
  await customEnrollMfa.expectOnStep();
  const backupCodes = await customEnrollMfa.confirm(totp(await customEnrollMfa.secret()).code);
  expect(backupCodes.length).toBeGreaterThan(0);
  expect(app.rp.callbacks).toHaveLength(0);
  await customEnrollMfa.continueButton.click();
  await app.expectSignedIn();
  expect((await app.claims()).sub).toBe(id);

  await inFreshContext(browser, async (page) => {
    const again = new RelyingPartyPage(page, extra.rp);
    const start = new CustomStartStep(page, extra.ui.url);
    const password = new CustomPasswordStep(page, extra.ui.url);
    const mfa = new CustomMfaStep(page, extra.ui.url);
    await again.login();
    await start.expectOnStep();
    await start.signInButton.click();
    await password.expectOnStep();
    await password.signIn(user.username, user.password);
    await mfa.expectOnStep();
    await mfa.enterBackupCode(backupCodes[0]);
    await again.expectSignedIn();
    expect((await again.claims()).sub).toBe(id);
  });
});
