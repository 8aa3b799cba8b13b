import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `resetPassword` step: a new password, with a hint from the step's `passwordPolicy`. */
export class CustomResetPasswordStep extends CustomUiPage {
  get password(): Locator {
    return this.page.getByLabel('New password', { exact: true });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save new password', exact: true });
  }

  get passwordHint(): Locator {
    return this.page.getByTestId('password-hint');
  }

  async expectOnStep() {
    await super.expectOnStep('resetPassword');
  }

  async reset(password: string) {
    await this.password.fill(password);
    await this.saveButton.click();
  }
}
