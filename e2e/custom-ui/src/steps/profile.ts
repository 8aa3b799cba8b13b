// `profile`: a registration still lacks the fields in `missing`. One small form per field, one
// field per `POST /api/experience/profile`, in any order; the server keeps what it was given
// (`interaction.profile`) and lists only what is still missing.
import type { PasswordPolicy } from '../api';
import { field, form, h, type Attrs } from '../dom';
import { passwordHint } from '../messages';
import type { Render, StepContext } from '../step';
import { sendCodeForm } from './code';

export const renderProfile: Render<'profile'> = (step, ctx) => {
  const forms: Node[] = [];
  for (const missing of step.missing) {
    switch (missing) {
      case 'identifier':
        // What the account will sign in with: a username, or an email proved by a code.
        for (const type of step.identifierTypes) {
          if (type === 'username') {
            forms.push(valueForm(ctx, 'username', 'Username', 'Save username', {
              autocomplete: 'username',
              maxlength: String(step.usernamePolicy.maxLength),
            }));
          } else {
            forms.push(sendCodeForm(ctx));
          }
        }
        break;
      case 'password':
        forms.push(valueForm(ctx, 'password', 'Password', 'Save password', {
          type: 'password',
          autocomplete: 'new-password',
        }, step.passwordPolicy));
        break;
      default: {
        const unknown: never = missing;
        forms.push(h('p', { 'data-testid': 'unknown-field' }, `The server also needs ${String(unknown)}, which this UI does not know.`));
      }
    }
  }
  const collected = ctx.interaction.profile;
  return h(
    'div',
    {},
    h('h2', {}, 'Create your account'),
    collected.email && h('p', { 'data-testid': 'verified-email' }, `Email: ${collected.email} (verified)`),
    collected.username && h('p', { 'data-testid': 'chosen-username' }, `Username: ${collected.username}`),
    collected.passwordSet && h('p', { 'data-testid': 'password-set' }, 'Password chosen.'),
    ...forms,
  );
};

function valueForm(
  ctx: StepContext,
  type: 'username' | 'password',
  label: string,
  buttonLabel: string,
  input: Attrs,
  policy?: PasswordPolicy,
): HTMLFormElement {
  const hint = policy ? h('p', { class: 'hint', 'data-testid': 'password-hint' }, passwordHint(policy)) : undefined;
  const f = field(label, { name: type, required: true, ...input }, hint);
  return form({ 'data-testid': `profile-${type}` }, [f.node], buttonLabel, () => {
    void ctx.send(() => ctx.api.POST('/api/experience/profile', { body: { type, value: f.input.value } }));
  });
}
