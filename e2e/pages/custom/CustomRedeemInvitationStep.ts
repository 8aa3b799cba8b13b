import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `redeemInvitation` step: the code of the invitation's link (`POST {endpoint} {code}`). */
export class CustomRedeemInvitationStep extends CustomUiPage {
  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Your invitation', exact: true });
  }

  get form(): Locator {
    return this.page.getByTestId('redeem-invitation');
  }

  get code(): Locator {
    return this.page.getByLabel('Invitation code', { exact: true });
  }

  get useButton(): Locator {
    return this.page.getByRole('button', { name: 'Use invitation', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('redeemInvitation');
  }

  async redeem(code: string) {
    await this.code.fill(code);
    await this.useButton.click();
  }
}
