import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Back from a provider with an identity no account has ("No account is linked to this …
 * account yet"), on the sign-in page: a new account with it, or the password of an existing
 * account it is then linked to. English texts.
 */
export class IdentityNotLinkedStep {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('identity-not-linked');
  }

  /** "{provider} says you are {name} ({email})": what the provider told, verified address only. */
  get who(): Locator {
    return this.root.getByTestId('upstream-identity');
  }

  get registerButton(): Locator {
    return this.root.getByRole('button', { name: 'Create a new account', exact: true });
  }

  get linkButton(): Locator {
    return this.root.getByRole('button', { name: 'Link to my existing account', exact: true });
  }

  get anotherWayButton(): Locator {
    return this.root.getByRole('button', { name: 'Sign in another way', exact: true });
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async expectShown(provider: string) {
    await expect(this.page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(this.root).toBeVisible();
    await expect(this.root.getByText(`No account is linked to this ${provider} account yet.`, { exact: true })).toBeVisible();
  }
}
