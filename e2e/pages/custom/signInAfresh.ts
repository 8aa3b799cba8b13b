import { expect, type Browser } from '@playwright/test';
import { inFreshContext } from '../freshContext.ts';
import { RelyingPartyPage } from '../RelyingPartyPage.ts';
import type { RelyingParty } from '../../support/relying-party.ts';
import { CustomPasswordStep } from './CustomPasswordStep.ts';
import { CustomStartStep } from './CustomStartStep.ts';

/**
 * From a browser of its own (no cookie, no session), through the custom UI at `uiOrigin`: the
 * application, Sign in, the identifier and the password. Resolves to the ID token's claims, or
 * to the error code the UI shows when the password is refused.
 */
export function signInAfreshThroughCustomUi(
  browser: Browser,
  rp: RelyingParty,
  uiOrigin: string,
  identifier: string,
  password: string,
): Promise<{ claims: Record<string, unknown> } | { error: string }> {
  return inFreshContext(browser, async (page) => {
    const app = new RelyingPartyPage(page, rp);
    const start = new CustomStartStep(page, uiOrigin);
    const signIn = new CustomPasswordStep(page, uiOrigin);
    await app.login();
    await start.expectOnStep();
    await start.signInButton.click();
    await signIn.expectOnStep();
    await signIn.signIn(identifier, password);
    const signedIn = page.getByRole('heading', { name: 'Relying party: signed in' });
    await expect(signedIn.or(signIn.error)).toBeVisible();
    if (await signIn.error.isVisible()) return { error: (await signIn.errorCode.innerText()).trim() };
    await app.expectSignedIn();
    return { claims: await app.claims() };
  });
}
