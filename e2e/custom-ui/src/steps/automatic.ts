// The steps with nothing to show: `identify` and `submit` are sent as soon as they are listed.
import { h } from '../dom';
import type { Render } from '../step';

/** `identify`: what a verification proved becomes the interaction's (`POST /api/experience/identification`). */
export const renderIdentify: Render<'identify'> = (step, ctx) => {
  queueMicrotask(() => {
    void ctx.send(() =>
      ctx.api.POST('/api/experience/identification', { body: { verificationId: step.verificationId } }),
    );
  });
  return h('p', { 'data-testid': 'identifying' }, 'Checking…');
};

/**
 * `submit` appears only when it would succeed: send it at once and follow `redirectTo` with a
 * navigation, which lets Gatehouse finish the authorization and return to the application.
 */
export const renderSubmit: Render<'submit'> = (step, ctx) => {
  // The step names its endpoint; the document has one submit operation, which it is.
  const endpoint = step.endpoint as '/api/experience/submit';
  queueMicrotask(() => {
    void ctx.send(
      () => ctx.api.POST(endpoint),
      (done) => ctx.follow(done.redirectTo),
    );
  });
  return h('p', { 'data-testid': 'submitting' }, 'Signing in…');
};
