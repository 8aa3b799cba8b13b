import { expect, type Locator, type Page } from '@playwright/test';
import { VerifyStep } from './VerifyStep.ts';

/** "Delete account": verify, then type the word shown and confirm. */
export class DeleteSection {
  readonly root: Locator;
  readonly verify: VerifyStep;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-delete');
    this.verify = new VerifyStep(this.root);
  }

  get startButton(): Locator {
    return this.root.getByRole('button', { name: 'Delete account', exact: true });
  }

  get word(): Locator {
    return this.root.getByLabel('Type DELETE to confirm', { exact: true });
  }

  get confirmButton(): Locator {
    return this.root.getByRole('button', { name: 'Delete my account', exact: true });
  }

  async delete(currentPassword: string) {
    await this.startButton.click();
    await this.verify.withPassword(currentPassword);
    await expect(this.confirmButton).toBeDisabled();
    await this.word.fill('DELETE');
    await this.confirmButton.click();
  }
}
