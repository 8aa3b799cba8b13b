import { expect, test } from '../../fixtures.ts';
import { inFreshContext, signInPages } from '../../pages/freshContext.ts';
import { codeIn } from '../../support/mail.ts';
import { freshUser } from '../../support/users.ts';

// Codes by email as the second factor: turned on in the account pages by a user whose address
// is confirmed (`user create` vouches for it), then each sign-in mails a code to that address.

test('codes by email, turned on in the account pages, complete a sign-in with the code mailed', async ({
  gatehouse,
  account,
  browser,
  rp,
  mailbox,
}) => {
  const quinn = await freshUser(gatehouse, 'quinn');
  await account.signIn(quinn);
  await expect(account.mfa.emailRow).toContainText('Off');
  await account.mfa.turnOnEmailCodes(quinn.password);
  await expect(account.mfa.status).toHaveText(/^Two-factor authentication is on/);

  const before = rp.callbacks.length;
  const claims = await inFreshContext(browser, async (page) => {
    const { app, signIn, mfa } = signInPages(page, rp);
    await app.login();
    await signIn.expectOnForm();
    await signIn.signIn(quinn.username, quinn.password);
    await mfa.expectShown('emailCode');
    // The address is masked: the page may be seen by someone who only has the password.
    await expect(mfa.root).not.toContainText(quinn.email);
    // Nothing is mailed until asked.
    expect(mailbox.to(quinn.email).filter((m) => m.subject === 'Your sign-in code')).toHaveLength(0);
    await mfa.sendEmailCode();

    const mail = await mailbox.waitFor(quinn.email, { subject: 'Your sign-in code' });
    expect(mail.body).toContain('someone knows your password');
    await mfa.enter(codeIn(mail));
    await app.expectSignedIn();
    expect(rp.callbacks).toHaveLength(before + 1);
    return app.claims();
  });
  expect(claims.sub).toBe(quinn.id);
  expect(claims.amr).toEqual(expect.arrayContaining(['pwd', 'mfa']));
});

test('ui_locales=fr gives a French second-factor step, and the code comes in French', async ({
  gatehouse,
  account,
  browser,
  rp,
  mailbox,
}) => {
  const rosalie = await freshUser(gatehouse, 'rosalie');
  await account.signIn(rosalie);
  await account.mfa.turnOnEmailCodes(rosalie.password);

  await inFreshContext(browser, async (page) => {
    const { app, signIn, mfa } = signInPages(page, rp);
    await app.login({ ui_locales: 'fr' });
    await signIn.expectOnForm('Mot de passe');
    await signIn.identifier("Nom d'utilisateur").fill(rosalie.username);
    await signIn.password('Mot de passe').fill(rosalie.password);
    await signIn.submitButton('Se connecter').click();

    await mfa.expectShown('emailCode');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(mfa.root).toContainText('Authentification à deux facteurs');
    await expect(mfa.root).toContainText('Nous allons envoyer un code à 6 chiffres à');
    await expect(mfa.sendEmailCodeButton).toHaveText("M'envoyer un code par e-mail");
    await mfa.sendEmailCode();
    await expect(mfa.root.getByLabel("Code d'authentification", { exact: true })).toBeVisible();
    await expect(mfa.root.getByLabel('Se souvenir de ce navigateur', { exact: true })).toBeVisible();

    const mail = await mailbox.waitFor(rosalie.email, { subject: 'Votre code de connexion' });
    // A wrong code first: the message is French too.
    const code = codeIn(mail);
    await mfa.enter(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    await expect(mfa.alert).not.toBeEmpty();
    await expect(mfa.alert).toHaveText(/^Ce code n'est pas le bon/);
    await mfa.enter(code);
    await app.expectSignedIn();
  });
});
