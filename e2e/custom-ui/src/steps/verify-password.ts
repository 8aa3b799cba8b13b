// `verifyPassword`: an identifier of `identifierTypes` and a password. The answer's verification
// is not kept here: the next turn of the loop names it in an `identify` step.
import type { IdentifierType } from '../api';
import { field, form } from '../dom';
import type { Render } from '../step';

export const renderVerifyPassword: Render<'verifyPassword'> = (step, ctx) => {
  const types = step.identifierTypes;
  const label = types.length > 1 ? 'Username or email' : types[0] === 'email' ? 'Email' : 'Username';
  const identifier = field(label, {
    name: 'identifier',
    type: types.length === 1 && types[0] === 'email' ? 'email' : 'text',
    autocomplete: 'username',
    required: true,
    value: ctx.interaction.loginHint,
  });
  const password = field('Password', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  return form({ 'data-testid': 'verify-password' }, [identifier.node, password.node], 'Sign in', () => {
    const value = identifier.input.value.trim();
    const type: IdentifierType =
      types.length === 1 ? types[0]! : value.includes('@') && types.includes('email') ? 'email' : 'username';
    void ctx.send(() =>
      ctx.api.POST('/api/experience/verification/password', {
        body: { identifier: { type, value }, password: password.input.value },
      }),
    );
  });
};
