import type { InteractionView } from '../api/experience';
import { i18n } from './index';
import { browserLanguages, pickLanguage, uiLocalesParam } from './locale';

/** Startup language: the `ui_locales` the client sent, else the browser's. */
export function startupLanguage() {
  return pickLanguage([uiLocalesParam(), browserLanguages()]);
}

/** After a reload the query is gone, but the interaction still knows the client's ui_locales. */
export function applyInteractionLanguage(view: InteractionView) {
  const language = pickLanguage([uiLocalesParam(), view.uiLocales, browserLanguages()]);
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
