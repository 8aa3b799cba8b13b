import { expect, type Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `mfa` step: one form per factor of `factors`, and "Remember this browser". */
export class CustomMfaStep extends CustomUiPage {
  get totpCode(): Locator {
    return this.page.getByLabel('Authenticator code', { exact: true });
  }

  get backupCode(): Locator {
    return this.page.getByLabel('Backup code', { exact: true });
  }

  get useBackupCodeButton(): Locator {
    return this.page.getByRole('button', { name: 'Use backup code', exact: true });
  }

  get rememberBrowser(): Locator {
    return this.page.getByLabel('Remember this browser', { exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('mfa');
  }

  async enterTotp(code: string) {
    await this.totpCode.fill(code);
    await this.page.getByTestId('mfa-totp').getByRole('button', { name: 'Verify', exact: true }).click();
  }

  async enterBackupCode(code: string) {
    await expect(this.backupCode).toBeVisible();
    await this.backupCode.fill(code);
    await this.useBackupCodeButton.click();
  }
}
