// `consent`: a third-party application asks for `scopes`. Allow (`POST /api/experience/consent`,
// then the loop goes on to submit) or deny (`POST /api/experience/consent/deny` → `redirectTo`,
// where the application hears `access_denied`).
import { button, h } from '../dom';
import type { Render } from '../step';

export const renderConsent: Render<'consent'> = (step, ctx) =>
  h(
    'div',
    {},
    h('h2', {}, `${step.application.name} asks for`),
    h('ul', { 'data-testid': 'scopes' }, ...step.scopes.map((scope) => h('li', { 'data-scope': scope }, scope))),
    button('Allow', () => {
      void ctx.send(() => ctx.api.POST('/api/experience/consent'));
    }),
    ' ',
    button('Deny', () => {
      void ctx.send(
        () => ctx.api.POST('/api/experience/consent/deny'),
        (done) => ctx.follow(done.redirectTo),
      );
    }),
  );
