import type { Locator, Page } from '@playwright/test';
import { BrandingFrame } from './BrandingFrame.ts';

/** What the register and reset pages share: the title, the alert and the password rules. */
export class PasswordStepPage {
  constructor(readonly page: Page) {}

  /** The application's logo, colour and links around the form. */
  get branding(): BrandingFrame {
    return new BrandingFrame(this.page);
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The broken password rules, one list item each, under the password field. */
  get passwordRules(): Locator {
    return this.page.getByTestId('password-rules').getByRole('listitem');
  }

  get passwordsDiffer(): Locator {
    return this.page.getByTestId('passwords-differ');
  }
}
