import { expect, type Locator, type Page } from '@playwright/test';
import { VerifyStep } from './VerifyStep.ts';

/** The account page's email section: the address and its status; verify, new address, its code. */
export class EmailSection {
  readonly root: Locator;
  readonly verify: VerifyStep;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-email');
    this.verify = new VerifyStep(this.root);
  }

  get address(): Locator {
    return this.root.getByTestId('account-email-address');
  }

  /** "Confirmed" or "Not confirmed". */
  get status(): Locator {
    return this.root.getByTestId('email-status');
  }

  get changeButton(): Locator {
    return this.root.getByRole('button', { name: 'Change email', exact: true });
  }

  get newAddress(): Locator {
    return this.root.getByLabel('New email address', { exact: true });
  }

  get sendCodeButton(): Locator {
    return this.root.getByRole('button', { name: 'Send code', exact: true });
  }

  get sentTo(): Locator {
    return this.root.getByTestId('code-sent-to');
  }

  get code(): Locator {
    return this.root.getByLabel('Verification code', { exact: true });
  }

  get verifyButton(): Locator {
    return this.root.getByRole('button', { name: 'Verify', exact: true });
  }

  get success(): Locator {
    return this.root.getByTestId('email-success');
  }

  /** Verify with the password, then ask for a code at `email`; resolves once the code field shows. */
  async startChange(currentPassword: string, email: string) {
    await this.changeButton.click();
    await this.verify.withPassword(currentPassword);
    await this.newAddress.fill(email);
    await this.sendCodeButton.click();
    await expect(this.sentTo).toContainText(email);
  }

  async enterCode(code: string) {
    await this.code.fill(code);
    await this.verifyButton.click();
  }
}
