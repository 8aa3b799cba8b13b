import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `profile` step: one small form per field in `missing`, sent one at a time. */
export class CustomProfileStep extends CustomUiPage {
  get username(): Locator {
    return this.page.getByLabel('Username', { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel('Password', { exact: true });
  }

  get saveUsernameButton(): Locator {
    return this.page.getByRole('button', { name: 'Save username', exact: true });
  }

  get savePasswordButton(): Locator {
    return this.page.getByRole('button', { name: 'Save password', exact: true });
  }

  /** For an account that signs in with its email: the address a code goes to. */
  get email(): Locator {
    return this.page.getByLabel('Email', { exact: true });
  }

  get sendCodeButton(): Locator {
    return this.page.getByRole('button', { name: 'Send code', exact: true });
  }

  /** The address proved by a code (`profile.email`). */
  get verifiedEmail(): Locator {
    return this.page.getByTestId('verified-email');
  }

  /** Built from the step's `passwordPolicy`, before anything is typed. */
  get passwordHint(): Locator {
    return this.page.getByTestId('password-hint');
  }

  /** Shown once the server holds a password (`profile.passwordSet`). */
  get passwordSet(): Locator {
    return this.page.getByTestId('password-set');
  }

  async expectOnStep() {
    await super.expectOnStep('profile');
  }

  async choosePassword(password: string) {
    await this.password.fill(password);
    await this.savePasswordButton.click();
  }

  /** Asks for a code at `address`; the next step is `verifyCode`. */
  async sendCodeTo(address: string) {
    await this.email.fill(address);
    await this.sendCodeButton.click();
  }

  async chooseUsername(username: string) {
    await this.username.fill(username);
    await this.saveUsernameButton.click();
  }
}
