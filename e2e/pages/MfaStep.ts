import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The second-factor step of a sign-in, after the password: a code from the authenticator app,
 * a code mailed to the account's address, or a backup code. Selected by test id, so any
 * language works; the texts checked are the tests' own.
 */
export class MfaStep {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('mfa-step');
  }

  /** `totp`, `emailCode` or `backupCode`: the factor the step asks for now. */
  get factor(): Promise<string | null> {
    return this.root.getAttribute('data-factor');
  }

  get code(): Locator {
    return this.root.getByTestId('mfa-code');
  }

  get verifyButton(): Locator {
    return this.root.getByTestId('mfa-verify');
  }

  /** "Remember this browser", when the server offers it. */
  get rememberBrowser(): Locator {
    return this.root.getByTestId('mfa-remember-browser');
  }

  /** The link to another of the account's factors: `totp`, `emailCode` or `backupCode`. */
  use(factor: 'totp' | 'emailCode' | 'backupCode'): Locator {
    return this.root.getByTestId(`mfa-use-${factor}`);
  }

  /** "Email me a code", before a code was sent. */
  get sendEmailCodeButton(): Locator {
    return this.root.getByTestId('mfa-send-email-code');
  }

  /** After a backup code: how many are left. */
  get backupCodesLeft(): Locator {
    return this.root.getByTestId('backup-codes-left');
  }

  get continueButton(): Locator {
    return this.root.getByTestId('mfa-continue');
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async expectShown(factor?: string) {
    await expect(this.root).toBeVisible();
    if (factor) await expect(this.root).toHaveAttribute('data-factor', factor);
  }

  /** Types `code` (the box checked when `remember`) and verifies it. */
  async enter(code: string, { remember = false } = {}) {
    await this.code.fill(code);
    if (remember) await this.rememberBrowser.check();
    await this.verifyButton.click();
  }

  /** Switches to backup codes and enters `code`; the step then says how many are left. */
  async useBackupCode(code: string) {
    await this.use('backupCode').click();
    await expect(this.root).toHaveAttribute('data-factor', 'backupCode');
    await this.enter(code);
    await expect(this.backupCodesLeft).toBeVisible();
  }

  /** Asks for a mailed code, from the button a step of codes by email only shows, or the link beside another factor. */
  async sendEmailCode() {
    if (await this.sendEmailCodeButton.isVisible()) await this.sendEmailCodeButton.click();
    else await this.use('emailCode').click();
    await expect(this.root).toHaveAttribute('data-factor', 'emailCode');
    await expect(this.code).toBeVisible();
  }
}
