import type { ApiFailure, ApiResult, MfaFactor } from '../../api/experience';
import { reloads } from '../../errors';
import { failed, type FlowDeps, type FollowAction } from '../interaction';

/** What the two-factor steps do; every flow gets them from `useInteraction`. */
export interface MfaActions {
  /** Another factor: the error of the last one goes. */
  choose(factor: MfaFactor): void;
  /** Mails a code (again, for "Resend code"). */
  sendEmailCode(): Promise<void>;
  /**
   * Checks a code of `factor`; `remember`, when the step offers the checkbox, is sent first.
   * A backup code stops to say how many are left; the others go on at once.
   */
  verify(factor: MfaFactor, code: string, remember: boolean | undefined, emailVerificationId?: string): Promise<void>;
  /**
   * Enrolment: checks the app's first code against the secret's verification, unless an earlier
   * attempt had it accepted (`verified`), then adds the app; the backup codes come back.
   */
  enroll(secretVerificationId: string, code: string, verified?: string): Promise<void>;
  /** Goes on: after the backup codes left were said, or the new ones saved. */
  done(): Promise<void>;
}

/**
 * `proceed` reads the interaction and goes on; with a failure, because the interaction moved
 * under the page (the second factor came too late, or is due after all).
 */
export function mfaActions(
  deps: FlowDeps,
  dispatch: (action: FollowAction) => void,
  proceed: (after?: ApiFailure) => Promise<void>,
): MfaActions {
  const { api } = deps;

  /** A refused call: shown on the step, or the interaction read again when it moved. */
  function refused(failure: ApiFailure): Promise<void> | void {
    return reloads(failure.code) ? proceed(failure) : dispatch(failed(failure));
  }

  /** Checks `code`; resolves to the backup codes left after a backup code, undefined otherwise. */
  async function check(factor: MfaFactor, code: string, emailVerificationId?: string): Promise<ApiResult<number | undefined>> {
    const checked =
      factor === 'totp'
        ? await api.verifyTotp(code)
        : factor === 'backupCode'
          ? await api.verifyBackupCode(code)
          : // Without a code sent there is nothing to check against: send one first.
            emailVerificationId
            ? await api.verifyMfaEmailCode(emailVerificationId, code)
            : ({ ok: false, code: 'session.verification_not_found' } as const);
    if (!checked.ok) return checked;
    return { ok: true, data: typeof checked.data === 'object' ? checked.data.remaining : undefined };
  }

  return {
    choose: (factor) => dispatch({ type: 'mfaProgress', progress: { factor } }),

    async sendEmailCode() {
      dispatch({ type: 'busy' });
      const sent = await api.sendMfaEmailCode();
      if (!sent.ok) return refused(sent);
      dispatch({ type: 'mfaProgress', progress: { factor: 'emailCode', emailVerificationId: sent.data } });
    },

    async verify(factor, code, remember, emailVerificationId) {
      dispatch({ type: 'busy' });
      if (remember !== undefined) {
        const remembered = await api.rememberBrowser(remember);
        if (!remembered.ok) return refused(remembered);
      }
      const checked = await check(factor, code, emailVerificationId);
      if (!checked.ok) return refused(checked);
      if (checked.data !== undefined) return dispatch({ type: 'mfaProgress', progress: { remaining: checked.data } });
      await proceed();
    },

    async enroll(secretVerificationId, code, verified) {
      dispatch({ type: 'busy' });
      let verificationId = verified;
      if (!verificationId) {
        const checked = await api.verifyTotp(code, secretVerificationId);
        if (!checked.ok) return refused(checked);
        verificationId = checked.data;
      }
      const enrolled = await api.enrollTotp(verificationId);
      if (!enrolled.ok) {
        if (reloads(enrolled.code)) return proceed(enrolled);
        // A verification the server no longer knows is no use for the next attempt.
        const keep = enrolled.code === 'session.verification_not_found' ? undefined : verificationId;
        dispatch({ type: 'enrollProgress', progress: { verificationId: keep } });
        return dispatch(failed(enrolled));
      }
      dispatch({ type: 'enrollProgress', progress: { verificationId, backupCodes: enrolled.data } });
    },

    async done() {
      dispatch({ type: 'busy' });
      await proceed();
    },
  };
}
