import { expect, type Locator, type Page } from '@playwright/test';

/** The experience app's consent step for third-party clients; English by default, French tests pass theirs. */
export class ConsentPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get scopeList(): Locator {
    return this.page.getByTestId('consent-scopes');
  }

  /** The requested scopes as the page words them, in order. */
  scopes(): Promise<string[]> {
    return this.scopeList.getByRole('listitem').allInnerTexts();
  }

  allowButton(name = 'Allow'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  denyButton(name = 'Deny'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async expectFor(appName: string, title = `${appName} wants to access your account`) {
    await expect(this.page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(this.heading(title)).toBeVisible();
    await expect(this.scopeList).toBeVisible();
  }

  async allow(name?: string) {
    await this.allowButton(name).click();
  }

  async deny(name?: string) {
    await this.denyButton(name).click();
  }
}
