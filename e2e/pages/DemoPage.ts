import { expect, type Page } from '@playwright/test';

/** The experience app's built-in demo relying party at /demo. */
export class DemoPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async goto(query = '') {
    await this.page.goto(`${this.baseUrl}/demo${query}`);
    await expect(this.page.getByRole('heading', { name: 'Gatehouse demo app' })).toBeVisible();
  }

  async start() {
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async expectSignedIn() {
    await expect(this.page).toHaveURL(new RegExp(`^${this.baseUrl}/demo/callback\\?`));
    await expect(this.page.getByTestId('id-token-claims')).toBeVisible();
  }

  async json(testId: string): Promise<Record<string, unknown>> {
    return JSON.parse(await this.page.getByTestId(testId).innerText()) as Record<string, unknown>;
  }

  claims() {
    return this.json('id-token-claims');
  }

  header() {
    return this.json('id-token-header');
  }

  userinfo() {
    return this.json('userinfo');
  }
}
