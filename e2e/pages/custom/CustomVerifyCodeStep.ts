import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `verifyCode` step: the code sent to the step's `email`. */
export class CustomVerifyCodeStep extends CustomUiPage {
  /** "We sent a code to …", from the step's `email`. */
  get sentTo(): Locator {
    return this.page.getByTestId('code-sent-to');
  }

  get code(): Locator {
    return this.page.getByLabel('Code', { exact: true });
  }

  get verifyButton(): Locator {
    return this.page.getByRole('button', { name: 'Verify', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('verifyCode');
  }

  async enter(code: string) {
    await this.code.fill(code);
    await this.verifyButton.click();
  }
}
