import { expect, type Locator, type Page } from '@playwright/test';
import { BrandingFrame } from './BrandingFrame.ts';

/** The experience app's /sign-in step; labels default to English, French tests pass theirs. */
export class SignInPage {
  constructor(readonly page: Page) {}

  /** The application's logo, colour and links around the form. */
  get branding(): BrandingFrame {
    return new BrandingFrame(this.page);
  }

  identifier(label: string | RegExp = /^(Username|Email|Username or email)$/): Locator {
    return this.page.getByLabel(label);
  }

  password(label = 'Password'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The "remember me" checkbox, shown only when the server offers it. */
  rememberMe(label = 'Remember me'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  submitButton(name = 'Sign in'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** "Create an account", shown only when the server allows registration. */
  createAccountLink(name = 'Create an account'): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  /** "Forgot password?", to /forgot-password. */
  get forgotPasswordLink(): Locator {
    return this.page.getByTestId('forgot-password-link');
  }

  /** "Sign in with an email code", shown only when the server offers it. */
  get emailCodeLink(): Locator {
    return this.page.getByTestId('email-code-link');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async expectOnForm(passwordLabel?: string) {
    await expect(this.page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(this.password(passwordLabel)).toBeVisible();
  }

  async signIn(identifier: string, password: string) {
    await this.identifier().fill(identifier);
    await this.password().fill(password);
    await this.submitButton().click();
  }
}
