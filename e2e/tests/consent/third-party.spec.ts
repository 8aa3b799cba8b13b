import { expect, test } from '../../fixtures.ts';

// The third-party client asks for openid, profile, email and offline_access.
const SCOPES_EN = [
  'Confirm who you are',
  'Your name and username',
  'Your email address and whether it is confirmed',
  'Stay connected when you are not using the app',
];
const SCOPES_FR = [
  'Confirmer votre identité',
  "Votre nom et votre nom d'utilisateur",
  'Votre adresse e-mail et si elle est confirmée',
  "Rester connecté quand vous n'utilisez pas l'application",
];
// The server decides the order; the page shows each scope once.
const sorted = (list: string[]) => [...list].sort();

test.describe('consent for a third-party client', () => {
  test('after sign-in the consent page lists the scopes; Allow returns verified claims', async ({
    env,
    thirdParty,
    signIn,
    consent,
    page,
  }) => {
    const dana = env.users.dana;
    const client = env.clients.thirdParty;
    await thirdParty.login();
    await signIn.expectOnForm();
    await expect(signIn.heading(`Sign in to ${client.name}`)).toBeVisible();
    await signIn.signIn(dana.username, dana.password);

    await consent.expectFor(client.name);
    expect(sorted(await consent.scopes())).toEqual(sorted(SCOPES_EN));
    await expect(consent.denyButton()).toBeEnabled();
    expect(thirdParty.rp.callbacks).toHaveLength(0);

    // The step lives in the interaction: a reload shows it again, not the form.
    await page.reload();
    await consent.expectFor(client.name);
    await expect(signIn.password()).toHaveCount(0);

    await consent.allow();
    await thirdParty.expectSignedIn();
    const claims = await thirdParty.claims();
    expect(claims.sub).toBe(dana.id);
    expect(claims.iss).toBe(env.issuer);
    expect([claims.aud].flat()).toContain(client.clientId);
    expect(claims.nonce).toBe(await thirdParty.expectedNonce());
    expect(await thirdParty.userinfo()).toMatchObject({ sub: dana.id, email: dana.email, name: dana.name });
    expect(await thirdParty.json('tokens')).toMatchObject({ has_refresh_token: true });
    expect(thirdParty.rp.callbacks).toHaveLength(1);
  });

  test('a second authorization in the same browser goes straight back: consent is remembered', async ({
    env,
    thirdParty,
    signIn,
    consent,
    page,
  }) => {
    const eliott = env.users.eliott;
    await thirdParty.login();
    await signIn.signIn(eliott.username, eliott.password);
    await consent.expectFor(env.clients.thirdParty.name);
    await consent.allow();
    await thirdParty.expectSignedIn();

    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await thirdParty.login();
    await thirdParty.expectSignedIn();

    expect(visited.filter((url) => new URL(url).pathname === '/sign-in')).toEqual([]);
    const claims = await thirdParty.claims();
    expect(claims.sub).toBe(eliott.id);
    expect(claims.nonce).toBe(await thirdParty.expectedNonce());
    expect(thirdParty.rp.callbacks).toHaveLength(2);
  });

  test('with an SSO session from a first-party client, the consent page comes without the form', async ({
    env,
    app,
    thirdParty,
    signIn,
    consent,
    page,
  }) => {
    const hugo = env.users.hugo;
    await app.login();
    await signIn.signIn(hugo.username, hugo.password);
    await app.expectSignedIn();

    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await thirdParty.login();
    await consent.expectFor(env.clients.thirdParty.name);
    await expect(signIn.password()).toHaveCount(0);

    await consent.allow();
    await thirdParty.expectSignedIn();
    expect((await thirdParty.claims()).sub).toBe(hugo.id);
    // One visit to /sign-in, for consent only.
    expect(visited.filter((url) => new URL(url).pathname === '/sign-in')).toHaveLength(1);
  });

  test('Deny sends access_denied to the client and no code', async ({ env, thirdParty, signIn, consent }) => {
    const fatou = env.users.fatou;
    await thirdParty.login();
    await signIn.signIn(fatou.username, fatou.password);
    await consent.expectFor(env.clients.thirdParty.name);

    await consent.deny();
    await thirdParty.expectAuthorizationError('access_denied');
    expect(await thirdParty.error()).toMatchObject({ error: 'access_denied' });

    expect(thirdParty.rp.callbacks).toHaveLength(1);
    const [callback] = thirdParty.rp.callbacks;
    expect(callback.get('error')).toBe('access_denied');
    expect(callback.has('code')).toBe(false);
    expect(callback.get('iss')).toBe(env.issuer);
  });

  test('ui_locales=fr gives a French consent page, also after a reload', async ({
    env,
    thirdParty,
    signIn,
    consent,
    page,
  }) => {
    const gaspard = env.users.gaspard;
    const client = env.clients.thirdParty;
    const title = `${client.name} souhaite accéder à votre compte`;
    await thirdParty.login({ ui_locales: 'fr' });
    await expect(signIn.heading(`Se connecter à ${client.name}`)).toBeVisible();
    await signIn.identifier("Nom d'utilisateur").fill(gaspard.username);
    await signIn.password('Mot de passe').fill(gaspard.password);
    await signIn.submitButton('Se connecter').click();

    await consent.expectFor(client.name, title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(sorted(await consent.scopes())).toEqual(sorted(SCOPES_FR));
    await expect(consent.denyButton('Refuser')).toBeEnabled();

    // After a reload the query is gone: the language comes back from the interaction.
    await page.goto(new URL('/sign-in', page.url()).href);
    await consent.expectFor(client.name, title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await consent.allow('Autoriser');
    await thirdParty.expectSignedIn();
    expect((await thirdParty.claims()).sub).toBe(gaspard.id);
  });
});
