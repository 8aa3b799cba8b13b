import type { Browser, Page } from '@playwright/test';
import type { RelyingParty } from '../support/relying-party.ts';
import { MfaEnrollStep } from './MfaEnrollStep.ts';
import { MfaStep } from './MfaStep.ts';
import { RelyingPartyPage } from './RelyingPartyPage.ts';
import { SignInPage } from './SignInPage.ts';

/** Runs `use` in a browser context of its own (no cookie, no session), in the tests' locale. */
export async function inFreshContext<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Signs in at `rp` with `identifier` and `password` from another browser, as the account's
 * owner coming back later would; resolves to the ID token's claims.
 */
export function signInAfresh(browser: Browser, rp: RelyingParty, identifier: string, password: string) {
  return inFreshContext(browser, async (page) => {
    const app = new RelyingPartyPage(page, rp);
    const signIn = new SignInPage(page);
    await app.login();
    await signIn.expectOnForm();
    await signIn.signIn(identifier, password);
    await app.expectSignedIn();
    return app.claims();
  });
}

/** The page objects of a sign-in at `rp` in `page` (a fresh context's, say): up to the second factor. */
export function signInPages(page: Page, rp: RelyingParty) {
  return {
    app: new RelyingPartyPage(page, rp),
    signIn: new SignInPage(page),
    mfa: new MfaStep(page),
    enroll: new MfaEnrollStep(page),
  };
}
