import { expect, type Locator, type Page } from '@playwright/test';
import type { TestUser } from '../../support/env.ts';
import { SignInPage } from '../SignInPage.ts';
import { AppsSection } from './AppsSection.ts';
import { DeleteSection } from './DeleteSection.ts';
import { EmailSection } from './EmailSection.ts';
import { IdentitiesSection } from './IdentitiesSection.ts';
import { MfaSection } from './MfaSection.ts';
import { PasswordSection } from './PasswordSection.ts';
import { SessionsSection } from './SessionsSection.ts';

/**
 * The account pages at /account, a page of the bundled app that signs in as the built-in client
 * `gatehouse-account`: the header (who is signed in), then one section per step. English texts.
 */
export class AccountPage {
  readonly email: EmailSection;
  readonly password: PasswordSection;
  readonly identities: IdentitiesSection;
  readonly mfa: MfaSection;
  readonly sessions: SessionsSection;
  readonly apps: AppsSection;
  readonly deletion: DeleteSection;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.email = new EmailSection(page);
    this.password = new PasswordSection(page);
    this.identities = new IdentitiesSection(page);
    this.mfa = new MfaSection(page);
    this.sessions = new SessionsSection(page);
    this.apps = new AppsSection(page);
    this.deletion = new DeleteSection(page);
  }

  get url(): string {
    return `${this.baseUrl}/account`;
  }

  heading(name: string | RegExp = 'Your account'): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** The name shown in the header (or the username, or the address, for an account without one). */
  get user(): Locator {
    return this.page.getByTestId('account-user');
  }

  /** The profile's username, shown read-only once set. */
  get username(): Locator {
    return this.section('account-profile').getByTestId('account-username');
  }

  /** The profile's name field. */
  get name(): Locator {
    return this.section('account-profile').getByLabel('Name', { exact: true });
  }

  /** One section of the page by its test id: `account-profile`, `account-email`, … */
  section(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  get signOutButton(): Locator {
    return this.page.getByTestId('sign-out');
  }

  /** "Your account was deleted". */
  get deleted(): Locator {
    return this.page.getByTestId('account-deleted');
  }

  async goto() {
    await this.page.goto(this.url);
  }

  /** Back on /account (not the callback), with the account loaded. */
  async expectShown() {
    await expect(this.page).toHaveURL(new RegExp(`^${this.url}(\\?|$)`));
    await expect(this.heading()).toBeVisible();
    await expect(this.user).toBeVisible();
  }

  /** "Sign out": the account pages end this browser's SSO session and say so. */
  async signOut() {
    await this.signOutButton.click();
    await expect(this.page.getByTestId('account-signed-out')).toBeVisible();
  }

  /** Opens /account in a browser without an SSO session: the sign-in form first, then back. */
  async signIn(user: Pick<TestUser, 'username' | 'password'>) {
    const signIn = new SignInPage(this.page);
    await this.goto();
    await signIn.expectOnForm();
    await signIn.signIn(user.username, user.password);
    await this.expectShown();
  }
}
