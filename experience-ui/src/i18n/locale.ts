export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

type Source = string | readonly string[] | null | undefined;

function supported(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  // "fr-CA" is served by "fr": we only ship primary languages.
  const primary = lower.split('-')[0];
  return SUPPORTED_LANGUAGES.find((l) => l === lower || l === primary);
}

/**
 * The first source (in priority order) naming a language we ship wins; a source is either an
 * OIDC `ui_locales` value (space-separated BCP 47 tags) or a list such as navigator.languages.
 */
export function pickLanguage(sources: readonly Source[]): Language {
  for (const source of sources) {
    if (!source) continue;
    const tags = typeof source === 'string' ? source.split(/\s+/) : source;
    for (const tag of tags) {
      const match = tag ? supported(tag) : undefined;
      if (match) return match;
    }
  }
  return DEFAULT_LANGUAGE;
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export function uiLocalesParam(search: string = window.location.search): string | null {
  return new URLSearchParams(search).get('ui_locales');
}
