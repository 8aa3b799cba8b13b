import { expect, type Locator } from '@playwright/test';
import { PasswordStepPage } from './PasswordStepPage.ts';
import type { RelyingPartyPage } from './RelyingPartyPage.ts';
import { SignInPage } from './SignInPage.ts';

/** The experience app's /register page; labels default to English, French tests pass theirs. */
export class RegisterPage extends PasswordStepPage {

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

  /** The address an invitation is for, read-only, on the form of an invited registration. */
  get invitedEmail(): Locator {
    return this.page.getByTestId('invited-email');
  }

  /** "Welcome, <name>", for an invitation that names its guest. */
  get invitedGreeting(): Locator {
    return this.page.getByTestId('invited-greeting');
  }

  /** The address a code proved, read-only, on the password step of a registration by email. */
  get verifiedEmail(): Locator {
    return this.page.getByTestId('verified-email');
  }

  /**
   * Opens an invitation's link as its guest does: in a browser that has started signing in at
   * `app`, so the registration is that interaction's.
   */
  async openInvitation(app: RelyingPartyPage, link: string) {
    await app.login();
    await new SignInPage(this.page).expectOnForm();
    await this.page.goto(link);
  }

  async expectOnForm() {
    await expect(this.page).toHaveURL(/\/register(\?|$)/);
    await expect(this.confirmPassword()).toBeVisible();
  }

  /** The password step of an account that signs in with its address: no username field. */
  async choosePassword(password: string, confirmation = password) {
    await this.password().fill(password);
    await this.confirmPassword().fill(confirmation);
    await this.submitButton().click();
  }

  async register(username: string, password: string, confirmation = password) {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.confirmPassword().fill(confirmation);
    await this.submitButton().click();
  }
}
