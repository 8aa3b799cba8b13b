import { expect, type Locator, type Page } from '@playwright/test';

/** The "Continue with …" buttons of the sign-in and register pages, one per external provider. */
export class ConnectorButtons {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByTestId('connectors');
  }

  /** The button of connector `id`. */
  button(id: string): Locator {
    return this.page.getByTestId(`connector-${id}`);
  }

  /** Checks the button says "Continue with {name}", then presses it: the browser leaves for the provider. */
  async continueWith(id: string, name: string) {
    const button = this.button(id);
    await expect(button).toHaveText(`Continue with ${name}`);
    await button.click();
  }
}
