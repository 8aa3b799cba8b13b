import { expect } from '../../fixtures.ts';
import { inFreshContext } from '../../pages/freshContext.ts';
import { CONNECTOR, federatedPages, federation } from '../../support/federation.ts';
import { codeIn } from '../../support/mail.ts';
import { freshUser } from '../../support/users.ts';

// The account confirms it's the user twice within a minute, each time with a mailed code.
const fed = federation({ name: 'social-account', extra: ['[rate_limits]', 'code_resend_interval = "1s"'] });
const { test } = fed;

test('a second upstream identity linked at /account signs in to the same account; unlinking the first stops it', async ({
  app,
  signIn,
  connectors,
  provider,
  notLinked,
  account,
  mailbox,
  browser,
}) => {
  // Two accounts of Noor's at the upstream, a personal one and a work one.
  const noor = await freshUser(fed.upstream.gatehouse, 'noor');
  const work = await freshUser(fed.upstream.gatehouse, 'noorwork');

  // An account made with the first identity (no password: it signs in through the upstream).
  await app.login();
  await signIn.expectOnForm();
  await connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
  await provider.signIn(noor);
  await notLinked.expectShown(CONNECTOR.name);
  await notLinked.registerButton.click();
  await app.expectSignedIn();
  const { sub } = await app.claims();

  // The account pages of the downstream: its SSO session, no new sign-in.
  await account.goto();
  await account.expectShown();
  await expect(account.user).toHaveText(noor.name);
  const { identities } = account;
  await identities.expectShown();
  await expect(identities.rows).toHaveCount(1);
  const first = identities.row(noor.email);
  await expect(first.getByTestId('identity-provider')).toHaveText(CONNECTOR.name);
  // The only way into the account: it cannot be unlinked.
  await expect(identities.unlinkButton(first, CONNECTOR.name)).toBeDisabled();
  await expect(first.getByTestId('identity-last')).toBeVisible();

  // No password to confirm with: a code to the address the upstream vouched for.
  const mailedCode = (count: number) => async () =>
    codeIn(await mailbox.waitFor(noor.email, { subject: 'Your verification code', count }));

  // The upstream still has Noor signed in in this browser, but a link asks it for a new sign-in:
  // the other account of Noor's can be chosen there.
  await identities.startLink(CONNECTOR.name, (verify) => verify.withEmailCode(mailedCode(1)));
  await provider.signIn(work);

  // Back through /callback/up to /account, where the link is said and listed.
  await account.expectShown();
  await expect(identities.saved).toHaveText(`Your ${CONNECTOR.name} account is now linked. Your other sessions were signed out.`);
  await expect(identities.rows).toHaveCount(2);
  expect((await identities.who()).sort()).toEqual([noor.email, work.email].sort());
  // With two ways in, either may go.
  await expect(identities.unlinkButton(identities.row(work.email), CONNECTOR.name)).toBeEnabled();
  await expect(identities.unlinkButton(first, CONNECTOR.name)).toBeEnabled();
  await mailbox.waitFor(noor.email, { subject: 'An external account was linked to your account' });

  // From another browser, the second identity signs in to the same account.
  await inFreshContext(browser, async (page) => {
    const again = federatedPages(page, fed);
    await again.app.login();
    await again.signIn.expectOnForm();
    await again.connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
    await again.provider.signIn(work);
    await again.app.expectSignedIn();
    await expect(again.notLinked.root).toHaveCount(0);
    expect(await again.app.claims()).toMatchObject({ sub, email: noor.email, name: noor.name, amr: ['fed'] });
  });

  // The first identity unlinked (the page was left for the provider: it confirms again).
  await identities.unlinkButton(first, CONNECTOR.name).click();
  await identities.verify.withEmailCode(mailedCode(2));
  await expect(identities.task).toContainText(`Unlink your ${CONNECTOR.name} account?`);
  await identities.task.getByRole('button', { name: 'Unlink', exact: true }).click();
  await expect(identities.saved).toHaveText(`Your ${CONNECTOR.name} account is no longer linked. Your other sessions were signed out.`);
  await expect(identities.rows).toHaveCount(1);
  expect(await identities.who()).toEqual([work.email]);
  // The last way in stays.
  await expect(identities.unlinkButton(identities.row(work.email), CONNECTOR.name)).toBeDisabled();

  // Noor's personal identity is no account's now: it is asked to create or link one.
  await inFreshContext(browser, async (page) => {
    const again = federatedPages(page, fed);
    await again.app.login();
    await again.signIn.expectOnForm();
    await again.connectors.continueWith(CONNECTOR.id, CONNECTOR.name);
    await again.provider.signIn(noor);
    await again.notLinked.expectShown(CONNECTOR.name);
  });
});
