import { expect, type Locator, type Page } from '@playwright/test';

/** What every step of e2e/custom-ui shares: where it is served, and its error panel. */
export class CustomUiPage {
  constructor(
    readonly page: Page,
    /** The custom UI's origin, e.g. http://127.0.0.1:4321. */
    readonly origin: string,
  ) {}

  /** The step being shown: `nextSteps[0].type`. */
  get step(): Locator {
    return this.page.getByTestId('step');
  }

  /** On the custom UI's /sign-in, showing the step of this `type`. */
  async expectOnStep(type: string) {
    await expect(this.page).toHaveURL(new RegExp(`^${this.origin}/sign-in(\\?|$)`));
    await expect(this.step).toHaveAttribute('data-step', type);
  }

  /** The error panel (`role=alert`): an English sentence and the code. */
  get error(): Locator {
    return this.page.getByTestId('error');
  }

  get errorCode(): Locator {
    return this.error.getByTestId('error-code');
  }

  /** `user.weak_password`'s `details.rules`, one item each, `data-rule` the rule's code. */
  get brokenRules(): Locator {
    return this.error.getByTestId('broken-rules').getByRole('listitem');
  }

  /** `user.weak_password`: the minimum length, from `details.policy`. */
  get minLength(): Locator {
    return this.error.getByTestId('min-length');
  }

  async expectError(code: string) {
    await expect(this.error).toBeVisible();
    await expect(this.errorCode).toHaveText(code);
  }
}
