import type { InteractionEvent } from '../../api/experience';
import { failed, type Dispatch, type FlowDeps } from '../interaction';
import type { CodeAction } from './state';

/**
 * Sends a code to `email` (again, for "Resend code": the server replaces the old one), then
 * reads the interaction, which now asks for it.
 */
export async function sendCode(
  deps: FlowDeps,
  event: InteractionEvent,
  email: string,
  dispatch: Dispatch<CodeAction>,
  proceed: () => Promise<void>,
) {
  dispatch({ type: 'busy' });
  const sent = await deps.api.sendCode(email, event);
  if (!sent.ok) {
    if (sent.retryAfter !== undefined) {
      dispatch({ type: 'sendRefused', email, retryAfter: sent.retryAfter, now: Date.now() });
    }
    return dispatch(failed(sent));
  }
  const { verificationId, code } = sent.data;
  dispatch(
    code === undefined
      ? { type: 'codeSent', email, verificationId, now: Date.now() }
      : { type: 'codeSent', email, verificationId, demoCode: code, now: Date.now() },
  );
  await proceed();
}

/** Checks the code, identifies with it at once (as signing in does after a password), and goes on. */
export async function verifyCode(
  deps: FlowDeps,
  email: string,
  verificationId: string,
  code: string,
  dispatch: Dispatch<CodeAction>,
  proceed: () => Promise<void>,
) {
  dispatch({ type: 'busy' });
  const verified = await deps.api.verifyCode(email, verificationId, code);
  if (!verified.ok) return dispatch(failed(verified));
  const identified = await deps.api.identify(verified.data);
  if (!identified.ok) return dispatch(failed(identified));
  await proceed();
}
