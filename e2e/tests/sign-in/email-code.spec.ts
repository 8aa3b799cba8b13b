import { expect } from '../../fixtures.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { codeIn } from '../../support/mail.ts';

// A Gatehouse of its own with sign-in by email code ([sign_in] email_code) and the file
// transport (the `mailbox` fixture reads it); its one user is created before it serves.
const user = {
  username: 'coder',
  email: `coder-${Date.now()}@example.com`,
  name: 'Coder Example',
  password: 'Amber-Thicket-13!',
};
let userId = '';
const extra = extraGatehouse({
  name: 'email-code-sign-in',
  client: { clientId: 'e2e-code-rp', clientSecret: 'e2e-code-secret-0123456789', name: 'Code Relying Party' },
  signIn: { emailCode: true },
  prepare: async (gatehouse) => {
    userId = await gatehouse.createUser(user);
  },
});
const { test } = extra;

test.describe('sign-in by email code', () => {
  test('the code from the mail signs the account in, with no password', async ({ app, signIn, codeStep, mailbox }) => {
    await app.login();
    await signIn.expectOnForm();
    await signIn.emailCodeLink.click();
    await codeStep.sendTo(user.email);
    // The page never says whether the address has an account.
    await expect(codeStep.sentTo).toContainText('If');

    const mail = await mailbox.waitFor(user.email);
    expect(mail.subject).toBe('Your sign-in code');
    await codeStep.enter(codeIn(mail));
    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims).toMatchObject({ sub: userId, email: user.email, amr: ['otp'] });
  });

  test('an address without an account gets the same page and no mail', async ({ app, signIn, codeStep, mailbox }) => {
    const nobody = `nobody-${Date.now()}@example.com`;
    await app.login();
    await signIn.expectOnForm();
    await signIn.emailCodeLink.click();
    await codeStep.sendTo(nobody);
    await codeStep.enter('123456');
    await expect(codeStep.alert).toHaveText('This code is not the right one. Check it and try again.');
    expect(mailbox.to(nobody)).toHaveLength(0);
  });
});
