import { expect, type Locator } from '@playwright/test';

/**
 * "Confirm it's you", which a sensitive action (password, email, deletion) shows first, inside
 * its section: the current password, or a code mailed to the confirmed address.
 */
export class VerifyStep {
  constructor(readonly section: Locator) {}

  get root(): Locator {
    return this.section.getByTestId('verify');
  }

  get heading(): Locator {
    return this.root.getByRole('heading', { name: "Confirm it's you" });
  }

  get password(): Locator {
    return this.root.getByLabel('Current password', { exact: true });
  }

  get confirmButton(): Locator {
    return this.root.getByRole('button', { name: 'Confirm', exact: true });
  }

  /** The error under the step, `<prefix>-verify-error`, any section. */
  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async expectShown() {
    await expect(this.heading).toBeVisible();
  }

  /** "Email me a code instead", under the password of an account that has both. */
  get useCodeButton(): Locator {
    return this.root.getByRole('button', { name: 'Email me a code instead', exact: true });
  }

  /** "Email me a code": the only way for an account without a password. */
  get sendCodeButton(): Locator {
    return this.root.getByRole('button', { name: 'Email me a code', exact: true });
  }

  get code(): Locator {
    return this.root.getByLabel('Verification code', { exact: true });
  }

  get verifyButton(): Locator {
    return this.root.getByRole('button', { name: 'Verify', exact: true });
  }

  /** A code mailed to the confirmed address: `readCode` waits for the message and returns its code. */
  async withEmailCode(readCode: () => Promise<string>) {
    await this.expectShown();
    await this.sendCodeButton.click();
    await this.code.fill(await readCode());
    await this.verifyButton.click();
    await expect(this.root).toHaveCount(0);
  }

  async withPassword(password: string) {
    await this.expectShown();
    await this.password.fill(password);
    await this.confirmButton.click();
    await expect(this.root).toHaveCount(0);
  }
}
