import { expect, test } from '../../fixtures.ts';
import { codeIn } from '../../support/mail.ts';
import { freshUser } from '../../support/users.ts';

test('a new address replaces the old one once the code mailed to it comes back; the old one is told', async ({
  gatehouse,
  account,
  mailbox,
}) => {
  const nora = await freshUser(gatehouse, 'nora');
  const next = `new.${nora.email}`;
  await account.signIn(nora);
  await expect(account.email.address).toHaveText(nora.email);
  const toOld = mailbox.to(nora.email).length;

  await account.email.startChange(nora.password, next);
  // Nothing changes before the code is back.
  await expect(account.email.address).toHaveText(nora.email);
  const codeMail = await mailbox.waitFor(next);
  expect(codeMail.subject).toBe('Your verification code');
  await account.email.enterCode(codeIn(codeMail));

  await expect(account.email.success).toHaveText(`Your email address is now ${next}.`);
  await expect(account.email.address).toHaveText(next);
  await expect(account.email.status).toHaveText('Confirmed');

  const notice = await mailbox.waitFor(nora.email, { count: toOld + 1 });
  expect(notice.subject).toBe('The email address of your account was changed');
  expect(notice.body).toContain(next);

  // The server has it too: a reload reads the account again.
  await account.page.reload();
  await account.expectShown();
  await expect(account.email.address).toHaveText(next);
});
