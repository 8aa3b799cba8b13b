import { expect, type Locator, type Page } from '@playwright/test';

/** "Where you are signed in": one row per session, the current one marked "This device". */
export class SessionsSection {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('account-sessions');
  }

  get rows(): Locator {
    return this.root.getByTestId('session-row');
  }

  get current(): Locator {
    return this.rows.filter({ has: this.page.getByTestId('current-session') });
  }

  /** The sessions of other browsers. */
  get others(): Locator {
    return this.rows.filter({ hasNot: this.page.getByTestId('current-session') });
  }

  /** "Sign out <device>", on the row of a session that is not this one. */
  endButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^Sign out\b/ });
  }

  get ended(): Locator {
    return this.root.getByTestId('sessions-ended');
  }

  async expectLoaded() {
    await expect(this.current).toHaveCount(1);
    await expect(this.current).toContainText('This device');
  }
}
