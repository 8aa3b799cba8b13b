// The one-time code by email: `sendVerificationCode` (an address), `verifyCode` (the code sent to
// `email`). A registration whose identifier is an email asks the address from its `profile` step
// with the same form.
import { field, form, h } from '../dom';
import type { Render, StepContext } from '../step';

/** An address, then `POST /api/experience/verification/verification-code` for the interaction's event. */
export function sendCodeForm(ctx: StepContext): HTMLFormElement {
  const email = field('Email', { name: 'email', type: 'email', autocomplete: 'email', required: true });
  return form({ 'data-testid': 'send-code' }, [email.node], 'Send code', () => {
    const interactionEvent = ctx.interaction.interactionEvent;
    if (!interactionEvent) return; // listed only once an event is set
    void ctx.send(() =>
      ctx.api.POST('/api/experience/verification/verification-code', {
        body: { identifier: { type: 'email', value: email.input.value.trim() }, interactionEvent },
      }),
    );
  });
}

export const renderSendCode: Render<'sendVerificationCode'> = (_step, ctx) =>
  h(
    'div',
    {},
    h('h2', {}, ctx.interaction.interactionEvent === 'ForgotPassword' ? 'Reset your password' : 'Your email'),
    h('p', {}, 'We will send a one-time code to this address.'),
    sendCodeForm(ctx),
  );

export const renderVerifyCode: Render<'verifyCode'> = (step, ctx) => {
  const code = field('Code', {
    name: 'code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: '16',
    required: true,
  });
  return h(
    'div',
    {},
    h('p', { 'data-testid': 'code-sent-to' }, `We sent a code to ${step.email}.`),
    form({ 'data-testid': 'verify-code' }, [code.node], 'Verify', () => {
      void ctx.send(() =>
        ctx.api.POST('/api/experience/verification/verification-code/verify', {
          body: {
            identifier: { type: 'email', value: step.email },
            verificationId: step.verificationId,
            code: code.input.value.trim(),
          },
        }),
      );
    }),
  );
};
