import { expect, type Locator, type Page } from '@playwright/test';
import { VerifyStep } from './VerifyStep.ts';

/** The account page's password section: verify, then the new password typed twice. */
export class PasswordSection {
  readonly root: Locator;
  readonly verify: VerifyStep;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-password');
    this.verify = new VerifyStep(this.root);
  }

  get changeButton(): Locator {
    return this.root.getByRole('button', { name: 'Change password', exact: true });
  }

  get newPassword(): Locator {
    return this.root.getByLabel('New password', { exact: true });
  }

  get confirmPassword(): Locator {
    return this.root.getByLabel('Confirm new password', { exact: true });
  }

  get saveButton(): Locator {
    return this.root.getByRole('button', { name: 'Save password', exact: true });
  }

  get saved(): Locator {
    return this.root.getByTestId('password-saved');
  }

  /** From "Change password" to the saved message. */
  async change(currentPassword: string, newPassword: string) {
    await this.changeButton.click();
    await this.verify.withPassword(currentPassword);
    await this.newPassword.fill(newPassword);
    await this.confirmPassword.fill(newPassword);
    await this.saveButton.click();
    await expect(this.saved).toHaveText('Your password was saved. Your other sessions were signed out.');
  }
}
