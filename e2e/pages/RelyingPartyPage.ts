import { expect, type Page } from '@playwright/test';
import type { RelyingParty } from '../support/relying-party.ts';

/** The test relying party: starts sign-in and shows what it verified. */
export class RelyingPartyPage {
  constructor(
    readonly page: Page,
    readonly rp: RelyingParty,
  ) {}

  async login(params: Record<string, string> = {}) {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(`${this.rp.url}/login${query ? `?${query}` : ''}`);
  }

  async expectSignedIn() {
    await expect(this.page).toHaveURL(new RegExp(`^${this.rp.url}/callback`));
    await expect(this.page.getByRole('heading', { name: 'Relying party: signed in' })).toBeVisible();
  }

  /** The RP's page for an error response whose iss and state it checked. */
  async expectAuthorizationError(error: string) {
    await expect(this.page).toHaveURL(new RegExp(`^${this.rp.url}/callback\\?`));
    await expect(this.page.getByRole('heading', { name: 'Relying party: authorization refused' })).toBeVisible();
    await expect(this.page.getByTestId('summary')).toHaveText(new RegExp(`^The authorization server answered ${error}\\b`));
  }

  async json<T = Record<string, unknown>>(testId: string): Promise<T> {
    return JSON.parse(await this.page.getByTestId(testId).innerText()) as T;
  }

  claims() {
    return this.json('claims');
  }

  userinfo() {
    return this.json('userinfo');
  }

  expectedNonce() {
    return this.json<string>('expected-nonce');
  }

  error() {
    return this.json('rp-error');
  }

  /** What `GET /api/my-account` answered the RP's access token (a sign-in with the scope `account`). */
  myAccount() {
    return this.json<{ status: number; body: Record<string, unknown> }>('my-account');
  }
}
