import { expect } from '../../fixtures.ts';
import { AccountPage } from '../../pages/account/AccountPage.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { freshUser } from '../../support/users.ts';

// A second Gatehouse whose second factor must come within 5 seconds of the password
// (two_factor.cookie_lifetime): later, the server forgets who signed in, and the page goes back
// to the password, saying why.
const LIFETIME_MS = 5_000;
const extra = extraGatehouse({
  name: 'mfa-expired',
  client: { clientId: 'e2e-mfa-expired-rp', clientSecret: 'e2e-mfa-expired-secret-0123456789', name: 'MFA Expired Relying Party' },
  twoFactor: { enabled: true, cookieLifetime: `${LIFETIME_MS / 1000}s` },
});
const { test } = extra;

test('a second factor that comes too late goes back to the password step, which says why', async ({
  page,
  app,
  signIn,
  mfaStep,
}) => {
  const vera = await freshUser(extra.server.gatehouse, 'vera');
  const account = new AccountPage(page, extra.server.baseUrl);
  await account.signIn(vera);
  await account.mfa.turnOnEmailCodes(vera.password);
  await account.signOut();

  await app.login();
  await signIn.expectOnForm();
  await signIn.signIn(vera.username, vera.password);
  await mfaStep.expectShown('emailCode');
  await page.waitForTimeout(LIFETIME_MS + 1_000);
  await mfaStep.sendEmailCodeButton.click();

  await signIn.expectOnForm();
  await expect(signIn.alert).toHaveText('The second step of signing in took too long. Sign in again.');
  await expect(mfaStep.root).toHaveCount(0);
  expect(app.rp.callbacks).toHaveLength(0);

  // Signing in again asks for the second factor again.
  await signIn.signIn(vera.username, vera.password);
  await mfaStep.expectShown('emailCode');
  await expect(mfaStep.root).not.toContainText('took too long');
});
