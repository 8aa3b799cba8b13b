import { describe, expect, it } from 'vitest';
import { initI18n } from '.';
import { pickLanguage } from './locale';

describe('pickLanguage', () => {
  it('takes the first supported tag of the first source that has one', () => {
    expect(pickLanguage(['fr-CA fr en', 'en', ['en-US']])).toBe('fr');
    expect(pickLanguage(['de es', 'en-GB', ['fr']])).toBe('en');
  });

  it('falls through missing sources to navigator.languages, then English', () => {
    expect(pickLanguage([null, undefined, ['de-DE', 'fr-FR']])).toBe('fr');
    expect(pickLanguage([null, '', []])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('is case-insensitive', () => {
    expect(pickLanguage(['FR'])).toBe('fr');
  });
});

describe('initI18n', () => {
  it('sets <html lang> and follows language changes', async () => {
    const i18n = initI18n('fr');
    expect(document.documentElement.lang).toBe('fr');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
