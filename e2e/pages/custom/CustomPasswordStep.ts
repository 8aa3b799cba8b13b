import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `verifyPassword` step: identifier and password. */
export class CustomPasswordStep extends CustomUiPage {
  get identifier(): Locator {
    return this.page.getByLabel(/^(Username|Email|Username or email)$/);
  }

  get password(): Locator {
    return this.page.getByLabel('Password', { exact: true });
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign in', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('verifyPassword');
  }

  async signIn(identifier: string, password: string) {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}
