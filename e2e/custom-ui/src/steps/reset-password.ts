// `resetPassword`: the account is identified by the code sent to its address; a new password
// (`PUT {endpoint}`), checked against `passwordPolicy`. Submit follows.
import { field, form, h } from '../dom';
import { passwordHint } from '../messages';
import type { Render } from '../step';

export const renderResetPassword: Render<'resetPassword'> = (step, ctx) => {
  const hint = h('p', { class: 'hint', 'data-testid': 'password-hint' }, passwordHint(step.passwordPolicy));
  const password = field('New password', { name: 'password', type: 'password', autocomplete: 'new-password', required: true }, hint);
  // The step names its endpoint; the document has one such operation, which it is.
  const endpoint = step.endpoint as '/api/experience/profile/password';
  return h(
    'div',
    {},
    h('h2', {}, 'Choose a new password'),
    form({ 'data-testid': 'reset-password' }, [password.node], 'Save new password', () => {
      void ctx.send(() => ctx.api.PUT(endpoint, { body: { password: password.input.value } }));
    }),
  );
};
