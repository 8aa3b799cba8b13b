import { expect, type Locator, type Page } from '@playwright/test';

/** `/callback/{connectorId}`, where a provider sends the browser back; shown while it checks, or when it failed. */
export class SocialCallbackPage {
  constructor(readonly page: Page) {}

  get verifying(): Locator {
    return this.page.getByTestId('callback-verifying');
  }

  get error(): Locator {
    return this.page.getByTestId('callback-error');
  }

  /** "Back to sign-in", "Back to creating an account" or "Back to your account". */
  get backButton(): Locator {
    return this.page.getByTestId('callback-back');
  }

  async expectFailed(message: string | RegExp) {
    await expect(this.page).toHaveURL(/\/callback\//);
    await expect(this.error).toHaveText(message);
  }
}
