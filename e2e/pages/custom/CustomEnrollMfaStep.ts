import { expect, type Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `enrollMfa` step: the app's key, its first code, then the backup codes. */
export class CustomEnrollMfaStep extends CustomUiPage {
  get secretText(): Locator {
    return this.page.getByTestId('totp-secret');
  }

  get code(): Locator {
    return this.page.getByLabel('Authenticator code', { exact: true });
  }

  get turnOnButton(): Locator {
    return this.page.getByRole('button', { name: 'Turn on', exact: true });
  }

  get backupCodeItems(): Locator {
    return this.page.getByTestId('backup-codes').getByRole('listitem');
  }

  get continueButton(): Locator {
    return this.page.getByRole('button', { name: 'Continue', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('enrollMfa');
    await expect(this.secretText).toBeVisible();
  }

  async secret(): Promise<string> {
    return (await this.secretText.innerText()).trim();
  }

  /** Confirms the first code; resolves to the backup codes shown. */
  async confirm(code: string): Promise<string[]> {
    await this.code.fill(code);
    await this.turnOnButton.click();
    await expect(this.backupCodeItems.first()).toBeVisible();
    return (await this.backupCodeItems.allTextContents()).map((c) => c.trim());
  }
}
