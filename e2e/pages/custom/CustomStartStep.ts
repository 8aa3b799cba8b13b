import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `startInteraction` step: one button per event. */
export class CustomStartStep extends CustomUiPage {
  get signInButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign in', exact: true });
  }

  get createAccountButton(): Locator {
    return this.page.getByRole('button', { name: 'Create an account', exact: true });
  }

  get forgotPasswordButton(): Locator {
    return this.page.getByRole('button', { name: 'Forgot your password?', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('startInteraction');
  }
}
