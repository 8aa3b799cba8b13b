import type { Locator, Page } from '@playwright/test';

/**
 * The frame of the sign-in, register and reset pages, drawn with the application's branding
 * (`branding` of `/api/.well-known/sign-in-exp?appId=`): its logo above the title, its colour
 * as the accent, its name and its terms and privacy links in the footer.
 */
export class BrandingFrame {
  constructor(readonly page: Page) {}

  /** The logo, whose alternative text is the display name; absent without a `logoUrl`. */
  logo(displayName: string): Locator {
    return this.page.getByRole('img', { name: displayName, exact: true });
  }

  /** The footer: the display name (or Gatehouse), the links, the language menu. */
  get footer(): Locator {
    return this.page.locator('footer');
  }

  /** The footer's terms link; absent without a `termsUrl`. */
  termsLink(name = 'Terms'): Locator {
    return this.footer.getByRole('link', { name, exact: true });
  }

  /** The footer's privacy link; absent without a `privacyUrl`. */
  privacyLink(name = 'Privacy'): Locator {
    return this.footer.getByRole('link', { name, exact: true });
  }

  /** The accent the page is drawn with: `--accent` as computed on the page's <main>. */
  accent(): Promise<string> {
    return this.page.getByRole('main').evaluate((main) => getComputedStyle(main).getPropertyValue('--accent').trim());
  }

  /** The computed background colour of `button` (`rgb(r, g, b)`), which the accent paints. */
  background(button: Locator): Promise<string> {
    return button.evaluate((element) => getComputedStyle(element).backgroundColor);
  }
}
