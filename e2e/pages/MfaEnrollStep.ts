import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The step of a sign-in that sets up an authenticator app when the operator requires two
 * factors (`two_factor.required`): the QR code and the key, the app's first code, then the
 * backup codes, shown once. Selected by test id, so any language works.
 */
export class MfaEnrollStep {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('mfa-enroll');
  }

  get qr(): Locator {
    return this.root.getByTestId('totp-qr');
  }

  /** The key as text (grouped by four on screen); its `data-secret` is the key itself. */
  get secretText(): Locator {
    return this.root.getByTestId('totp-secret');
  }

  get code(): Locator {
    return this.root.getByTestId('mfa-code');
  }

  get verifyButton(): Locator {
    return this.root.getByTestId('mfa-verify');
  }

  get backupCodeItems(): Locator {
    return this.root.getByTestId('backup-codes').getByRole('listitem');
  }

  get savedButton(): Locator {
    return this.root.getByTestId('backup-codes-saved');
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async expectShown() {
    await expect(this.root).toBeVisible();
    await expect(this.qr).toBeVisible();
    await expect(this.secretText).toBeVisible();
  }

  /** The key the page shows, as an app would read it from the QR code. */
  async secret(): Promise<string> {
    const secret = await this.secretText.getAttribute('data-secret');
    expect(secret, 'the key of the new app').toMatch(/^[A-Z2-7]+=*$/);
    // What the page shows as text is the same key.
    expect((await this.secretText.textContent())?.replace(/\s/g, '')).toBe(secret);
    return secret!;
  }

  /** Confirms the app's first code; resolves to the backup codes then shown. */
  async confirm(code: string): Promise<string[]> {
    await this.code.fill(code);
    await this.verifyButton.click();
    await expect(this.backupCodeItems.first()).toBeVisible();
    return (await this.backupCodeItems.allTextContents()).map((c) => c.trim());
  }

  /** "I have saved them": the sign-in goes on. */
  async saved() {
    await this.savedButton.click();
  }
}
