import { expect, type Page } from '@playwright/test';
import { SignInPage } from '../SignInPage.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The provider's own sign-in page: here another Gatehouse, so the same bundled form, but on the
 * provider's origin (`baseUrl`), which is what tells it apart from the downstream's.
 */
export class ProviderSignInPage {
  readonly form: SignInPage;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.form = new SignInPage(page);
  }

  async expectOnForm() {
    await expect(this.page).toHaveURL(new RegExp(`^${escape(this.baseUrl)}/sign-in(\\?|$)`));
    await expect(this.form.password()).toBeVisible();
  }

  async signIn(user: { username: string; password: string }) {
    await this.expectOnForm();
    await this.form.signIn(user.username, user.password);
  }
}
