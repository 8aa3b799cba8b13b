// `startInteraction`: one button per event the server offers (`events`), sent with `PUT /api/experience`.
import type { InteractionEvent } from '../api';
import { button, h } from '../dom';
import type { Render } from '../step';

const LABELS: Record<InteractionEvent, string> = {
  SignIn: 'Sign in',
  Register: 'Create an account',
  ForgotPassword: 'Forgot your password?',
};

export const renderStart: Render<'startInteraction'> = (step, ctx) =>
  h(
    'div',
    {},
    h('p', {}, 'How do you want to continue?'),
    ...step.events.map((event) =>
      button(LABELS[event] ?? event, () => {
        void ctx.send(() => ctx.api.PUT('/api/experience', { body: { interactionEvent: event } }));
      }),
    ),
  );
