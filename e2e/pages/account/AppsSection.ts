import type { Locator, Page } from '@playwright/test';

/** "Apps with access": one row per application; each but the account pages can lose it. */
export class AppsSection {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-apps');
  }

  get rows(): Locator {
    return this.root.getByTestId('app-row');
  }

  /** The names listed, in order. */
  names(): Promise<string[]> {
    return this.root.getByTestId('app-name').allInnerTexts();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('app-name').getByText(name, { exact: true }) });
  }

  removeButton(name: string): Locator {
    return this.root.getByRole('button', { name: `Remove access for ${name}`, exact: true });
  }

  get removed(): Locator {
    return this.root.getByTestId('app-removed');
  }
}
