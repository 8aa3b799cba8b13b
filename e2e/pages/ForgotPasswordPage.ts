import { expect, type Locator } from '@playwright/test';
import { PasswordStepPage } from './PasswordStepPage.ts';

/**
 * The experience app's /forgot-password page after the code step (see CodeStep): the new
 * password, typed twice. Labels default to English, French tests pass theirs.
 */
export class ForgotPasswordPage extends PasswordStepPage {

  get newPassword(): Locator {
    return this.page.getByTestId('new-password-input');
  }

  get confirmPassword(): Locator {
    return this.page.getByTestId('confirm-password-input');
  }

  get submitButton(): Locator {
    return this.page.getByTestId('reset-password-submit');
  }

  get backToSignInLink(): Locator {
    return this.page.getByTestId('back-to-sign-in');
  }

  /** On the page's first step: the address to send a code to. */
  async expectOnEmailStep() {
    await expect(this.page).toHaveURL(/\/forgot-password(\?|$)/);
    await expect(this.page.getByTestId('email-input')).toBeVisible();
  }

  async expectOnPasswordStep() {
    await expect(this.page).toHaveURL(/\/forgot-password(\?|$)/);
    await expect(this.newPassword).toBeVisible();
  }

  async reset(password: string, confirmation = password) {
    await this.newPassword.fill(password);
    await this.confirmPassword.fill(confirmation);
    await this.submitButton.click();
  }
}
