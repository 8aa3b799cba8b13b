import { expect, type Locator, type Page } from '@playwright/test';

/** The experience app's /register page; labels default to English, French tests pass theirs. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  username(label = 'Username'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  password(label = 'Password'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  confirmPassword(label = 'Confirm password'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  submitButton(name = 'Create account'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** "Already have an account? Sign in". */
  signInLink(name = 'Sign in'): Locator {
    return this.page.getByTestId('sign-in-instead').getByRole('link', { name, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The broken password rules, one list item each, under the password field. */
  get passwordRules(): Locator {
    return this.page.getByTestId('password-rules').getByRole('listitem');
  }

  get passwordsDiffer(): Locator {
    return this.page.getByTestId('passwords-differ');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async expectOnForm() {
    await expect(this.page).toHaveURL(/\/register(\?|$)/);
    await expect(this.confirmPassword()).toBeVisible();
  }

  async register(username: string, password: string, confirmation = password) {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.confirmPassword().fill(confirmation);
    await this.submitButton().click();
  }
}
