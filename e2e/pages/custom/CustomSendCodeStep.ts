import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `sendVerificationCode` step: the address a one-time code goes to. */
export class CustomSendCodeStep extends CustomUiPage {
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  get email(): Locator {
    return this.page.getByLabel('Email', { exact: true });
  }

  get sendButton(): Locator {
    return this.page.getByRole('button', { name: 'Send code', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('sendVerificationCode');
  }

  async sendTo(address: string) {
    await this.email.fill(address);
    await this.sendButton.click();
  }
}
