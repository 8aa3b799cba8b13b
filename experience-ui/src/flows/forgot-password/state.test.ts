import { describe, expect, it } from 'vitest';
import { initialState, isFinal, resetReducer, type ResetState } from './state';

const email = resetReducer(initialState, { type: 'showEmail' });
const code = resetReducer(email, { type: 'showCode', email: 'ann@example.com', verificationId: 'c1' });
const password = resetReducer(code, { type: 'showNewPassword' });
const weak = ['password.too_short'];

describe('resetReducer', () => {
  it('goes from the address to its code to the new password', () => {
    expect(email.step).toEqual({ kind: 'email', busy: false });
    expect(code.step).toEqual({ kind: 'code', email: 'ann@example.com', verificationId: 'c1', busy: false });
    expect(password.step).toEqual({ kind: 'password', busy: false });
  });

  it("keeps each step's error next to it, and clears it with the next attempt", () => {
    const wrong = resetReducer(resetReducer(code, { type: 'busy' }), { type: 'failed', code: 'verification_code.expired' });
    expect(wrong.step).toMatchObject({ kind: 'code', busy: false, error: 'verification_code.expired' });
    expect(resetReducer(wrong, { type: 'busy' }).step).toMatchObject({ busy: true, error: undefined });
    const invalid = resetReducer(email, { type: 'failed', code: 'user.invalid_email' });
    expect(invalid.step).toMatchObject({ kind: 'email', error: 'user.invalid_email' });
  });

  it('lists the broken rules of a weak password, even when the interaction is read again', () => {
    const failed = resetReducer(password, { type: 'failed', code: 'user.weak_password', rules: weak });
    expect(failed.step).toEqual({ kind: 'password', busy: false, error: 'user.weak_password', rules: weak });
    expect(resetReducer(failed, { type: 'showNewPassword' }).step).toMatchObject({ rules: weak });
    expect(resetReducer(failed, { type: 'busy' }).step).toMatchObject({ error: undefined, rules: undefined });
  });

  it('goes back to the address from the code step only', () => {
    expect(resetReducer(code, { type: 'changeEmail' }).step).toEqual({ kind: 'email', busy: false });
    expect(resetReducer(password, { type: 'changeEmail' })).toBe(password);
  });

  it('remembers the code sent for the demo code and the cooldown', () => {
    const sent: ResetState = resetReducer(code, { type: 'codeSent', email: 'ann@example.com', verificationId: 'c1', now: 0 });
    expect(sent.sent).toEqual({ email: 'ann@example.com', verificationId: 'c1', resendAt: 60_000 });
  });

  it('fails the whole screen when reset is off, and shows the expired view for a lost session', () => {
    expect(resetReducer(initialState, { type: 'failed', code: 'session.password_reset_disabled' }).step).toEqual({
      kind: 'failed',
      code: 'session.password_reset_disabled',
    });
    expect(resetReducer(code, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
    expect(isFinal('session.password_reset_disabled')).toBe(true);
    expect(isFinal('network')).toBe(false);
  });
});
