import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The one-time code steps shared by registration by email and the forgotten password: the
 * address the code goes to, then the code. Selected by test id, so any language works.
 */
export class CodeStep {
  constructor(readonly page: Page) {}

  get email(): Locator {
    return this.page.getByTestId('email-input');
  }

  get sendButton(): Locator {
    return this.page.getByTestId('send-code');
  }

  get code(): Locator {
    return this.page.getByTestId('code-input');
  }

  get verifyButton(): Locator {
    return this.page.getByTestId('verify-code');
  }

  get resendButton(): Locator {
    return this.page.getByTestId('resend-code');
  }

  /** "We sent a 6-digit code to …". */
  get sentTo(): Locator {
    return this.page.getByTestId('code-sent-to');
  }

  /** The code itself, shown only by a server in demo mode. */
  get demoCode(): Locator {
    return this.page.getByTestId('demo-code');
  }

  get changeEmailButton(): Locator {
    return this.page.getByTestId('change-email');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Types the address and asks for a code; resolves once the code field is there. */
  async sendTo(address: string) {
    await expect(this.email).toBeVisible();
    await this.email.fill(address);
    await this.sendButton.click();
    await expect(this.code).toBeVisible();
    await expect(this.sentTo).toContainText(address);
  }

  async enter(code: string) {
    await this.code.fill(code);
    await this.verifyButton.click();
  }
}
