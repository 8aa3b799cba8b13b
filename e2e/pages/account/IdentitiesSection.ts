import { expect, type Locator, type Page } from '@playwright/test';
import { VerifyStep } from './VerifyStep.ts';

/**
 * "Linked accounts": the external identities that sign the account in (one row each, with
 * Unlink), and a "Link a {provider} account" button per provider. Linking confirms it's the user
 * first, then goes to the provider and back through `/callback/{connectorId}`. English texts.
 */
export class IdentitiesSection {
  readonly root: Locator;
  readonly verify: VerifyStep;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-identities');
    this.verify = new VerifyStep(this.root);
  }

  get heading(): Locator {
    return this.root.getByRole('heading', { level: 2, name: 'Linked accounts' });
  }

  get rows(): Locator {
    return this.root.getByTestId('identity-row');
  }

  /** The row whose provider knows the user as `who` (the verified address, else the name). */
  row(who: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('identity-who').getByText(who, { exact: true }) });
  }

  /** What each row shows of its identity (address or name), in order. */
  who(): Promise<string[]> {
    return this.rows.getByTestId('identity-who').allInnerTexts();
  }

  /** "No account of another provider is linked to yours." */
  get none(): Locator {
    return this.root.getByTestId('identities-none');
  }

  linkButton(provider: string): Locator {
    return this.root.getByRole('button', { name: `Link a ${provider} account`, exact: true });
  }

  /** "Continue to {provider}", once it's the user: leaves for the provider. */
  continueButton(provider: string): Locator {
    return this.root.getByRole('button', { name: `Continue to ${provider}`, exact: true });
  }

  unlinkButton(row: Locator, provider: string): Locator {
    return row.getByRole('button', { name: `Unlink ${provider}`, exact: true });
  }

  /** The link or unlink about to be made, once it's the user: what it does, and its buttons. */
  get task(): Locator {
    return this.root.getByTestId('identity-task');
  }

  /** "Your {provider} account is now linked…" or "…is no longer linked…". */
  get saved(): Locator {
    return this.root.getByTestId('identities-saved');
  }

  async expectShown() {
    await expect(this.heading).toBeVisible();
  }

  /**
   * "Link a {provider} account", "Confirm it's you" with `prove`, then "Continue to {provider}":
   * resolves once the browser has left for the provider.
   */
  async startLink(provider: string, prove: (verify: VerifyStep) => Promise<void>) {
    await this.linkButton(provider).click();
    await prove(this.verify);
    await expect(this.task).toContainText(`You will sign in at ${provider}`);
    await this.continueButton(provider).click();
  }
}
