import { expect, type Locator, type Page } from '@playwright/test';
import { stepAt } from '../../support/totp.ts';
import { VerifyStep } from './VerifyStep.ts';

/** What setting up an app from the account page gave: its key, the step of the code used, the first backup codes. */
export interface TotpEnrolment {
  secret: string;
  /** The time step whose code confirmed the app: the server accepts it no more. */
  usedStep: number;
  backupCodes: string[];
}

/**
 * The account page's two-factor section (shown when the operator allows it): the authenticator
 * app, codes by email, backup codes and remembered browsers, each change after "Confirm it's
 * you". English texts.
 */
export class MfaSection {
  readonly root: Locator;
  readonly verify: VerifyStep;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-mfa');
    this.verify = new VerifyStep(this.root);
  }

  /** "Two-factor authentication is on…" or "Add a second step…". */
  get status(): Locator {
    return this.root.getByTestId('mfa-status');
  }

  /** What the last change did. */
  get saved(): Locator {
    return this.root.getByTestId('mfa-saved');
  }

  get totpRow(): Locator {
    return this.root.getByTestId('mfa-totp');
  }

  get emailRow(): Locator {
    return this.root.getByTestId('mfa-email');
  }

  get setUpTotpButton(): Locator {
    return this.totpRow.getByRole('button', { name: 'Set up an authenticator app', exact: true });
  }

  get turnOnEmailButton(): Locator {
    return this.emailRow.getByRole('button', { name: 'Turn on codes by email', exact: true });
  }

  /** The key of the app being set up; its `data-secret` is the key itself. */
  get secretText(): Locator {
    return this.root.getByTestId('totp-secret');
  }

  get code(): Locator {
    return this.root.getByTestId('mfa-code');
  }

  /** "Turn on", under the app's first code. */
  get enrolButton(): Locator {
    return this.root.getByTestId('mfa-enroll').getByRole('button', { name: 'Turn on', exact: true });
  }

  /** The yes of a change that needs nothing else (codes by email, new backup codes, removal). */
  get confirmPanel(): Locator {
    return this.root.getByTestId('mfa-confirm');
  }

  get backupCodeItems(): Locator {
    return this.root.getByTestId('backup-codes').getByRole('listitem');
  }

  get backupCodesSavedButton(): Locator {
    return this.root.getByTestId('backup-codes-saved');
  }

  /** "N left", on the backup codes' row. */
  get backupCodesRemaining(): Locator {
    return this.root.getByTestId('backup-codes-remaining');
  }

  get rememberedBrowsers(): Locator {
    return this.root.getByTestId('remembered-browser');
  }

  get alert(): Locator {
    return this.root.getByTestId('mfa-change-error');
  }

  async expectShown() {
    await expect(this.root).toBeVisible();
    await expect(this.status).toBeVisible();
  }

  /**
   * Sets up an authenticator app: confirms it's the user with `password`, reads the key shown,
   * types the code `codeOf` computes from it, and keeps the backup codes shown once.
   */
  async enrolTotp(password: string, codeOf: (secret: string) => string): Promise<TotpEnrolment> {
    await this.setUpTotpButton.click();
    await this.verify.withPassword(password);
    await expect(this.secretText).toBeVisible();
    const secret = await this.secretText.getAttribute('data-secret');
    expect(secret, 'the key of the new app').toMatch(/^[A-Z2-7]+=*$/);
    const usedStep = stepAt();
    await this.code.fill(codeOf(secret!));
    await this.enrolButton.click();
    await expect(this.saved).toHaveText('Your authenticator app is set up. Your other sessions were signed out.');
    await expect(this.backupCodeItems.first()).toBeVisible();
    const backupCodes = (await this.backupCodeItems.allTextContents()).map((c) => c.trim());
    await this.backupCodesSavedButton.click();
    await expect(this.backupCodeItems).toHaveCount(0);
    return { secret: secret!, usedStep, backupCodes };
  }

  /** Turns codes by email on (the account's address must be confirmed). */
  async turnOnEmailCodes(password: string) {
    await this.turnOnEmailButton.click();
    await this.verify.withPassword(password);
    await this.confirmPanel.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect(this.saved).toHaveText('Codes by email are on. Your other sessions were signed out.');
    await expect(this.emailRow).toContainText('On: codes go to');
  }
}
