// `redeemInvitation`: registration is by invitation only; the code from the invitation's link
// (`POST {endpoint} {code}`).
import { field, form, h } from '../dom';
import type { Render } from '../step';

export const renderRedeemInvitation: Render<'redeemInvitation'> = (step, ctx) => {
  const code = field('Invitation code', { name: 'invitation', autocomplete: 'off', required: true });
  // The step names its endpoint; the document has one such operation, which it is.
  const endpoint = step.endpoint as '/api/experience/verification/invitation';
  return h(
    'div',
    {},
    h('h2', {}, 'Your invitation'),
    form({ 'data-testid': 'redeem-invitation' }, [code.node], 'Use invitation', () => {
      void ctx.send(() => ctx.api.POST(endpoint, { body: { code: code.input.value.trim() } }));
    }),
  );
};
