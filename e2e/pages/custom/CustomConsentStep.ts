import type { Locator } from '@playwright/test';
import { CustomUiPage } from './CustomUiPage.ts';

/** The custom UI's `consent` step: the application, its `scopes`, Allow and Deny. */
export class CustomConsentStep extends CustomUiPage {
  heading(applicationName: string): Locator {
    return this.page.getByRole('heading', { name: `${applicationName} asks for`, exact: true });
  }

  /** One item per scope; `data-scope` is the scope's name. */
  get scopes(): Locator {
    return this.page.getByTestId('scopes').getByRole('listitem');
  }

  get allowButton(): Locator {
    return this.page.getByRole('button', { name: 'Allow', exact: true });
  }

  get denyButton(): Locator {
    return this.page.getByRole('button', { name: 'Deny', exact: true });
  }

  async expectOnStep() {
    await super.expectOnStep('consent');
  }

  async scopeNames(): Promise<string[]> {
    return this.scopes.evaluateAll((items) => items.map((li) => li.getAttribute('data-scope') ?? ''));
  }
}
