import { describe, expect, it } from 'vitest';
import { initialState, isFinal, registerReducer, type RegisterState } from './state';

const form: RegisterState = registerReducer(initialState, { type: 'showForm' });
const weak = ['password.too_simple', 'password.too_common'];

describe('registerReducer', () => {
  it('shows the form, with the username the interaction already has', () => {
    expect(form.step).toEqual({ kind: 'form', username: undefined, busy: false, error: undefined, rules: undefined });
    expect(registerReducer(initialState, { type: 'showForm', username: 'newbie' }).step).toMatchObject({
      kind: 'form',
      username: 'newbie',
    });
  });

  it('keeps a failure with its broken rules next to the form', () => {
    const busy = registerReducer(form, { type: 'busy' });
    expect(busy.step).toMatchObject({ kind: 'form', busy: true });
    const failed = registerReducer(busy, { type: 'failed', code: 'user.weak_password', rules: weak });
    expect(failed.step).toEqual({ kind: 'form', busy: false, error: 'user.weak_password', rules: weak, username: undefined });
    // The interaction read again (it still asks for the profile) keeps the message.
    expect(registerReducer(failed, { type: 'showForm' }).step).toMatchObject({ error: 'user.weak_password', rules: weak });
  });

  it('clears the error and the rules when the form is sent again', () => {
    const failed = registerReducer(form, { type: 'failed', code: 'user.weak_password', rules: weak });
    expect(registerReducer(failed, { type: 'busy' }).step).toMatchObject({ busy: true, error: undefined, rules: undefined });
    const taken = registerReducer(failed, { type: 'failed', code: 'user.username_taken' });
    expect(taken.step).toMatchObject({ error: 'user.username_taken', rules: undefined });
  });

  it('fails the whole screen when no form is shown, e.g. when registration is off', () => {
    expect(registerReducer(initialState, { type: 'failed', code: 'session.registration_disabled' }).step).toEqual({
      kind: 'failed',
      code: 'session.registration_disabled',
    });
  });

  it('turns session.not_found into the expired screen from any step', () => {
    expect(registerReducer(form, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
    expect(registerReducer(initialState, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
  });

  it('goes from the form to consent and keeps a consent failure there', () => {
    const application = { clientId: 'tp', name: 'Third Party' };
    const consent = registerReducer(form, { type: 'showConsent', application, scopes: ['openid'] });
    expect(consent.step).toEqual({ kind: 'consent', application, scopes: ['openid'], busy: false, error: undefined });
    const failed = registerReducer(registerReducer(consent, { type: 'busy' }), { type: 'failed', code: 'internal.server_error' });
    expect(failed.step).toMatchObject({ kind: 'consent', busy: false, error: 'internal.server_error' });
  });

  it('ignores busy outside a form and keeps the application when redirecting', () => {
    const app = registerReducer(initialState, { type: 'application', application: { clientId: 'c', name: 'C' } });
    expect(registerReducer(app, { type: 'busy' })).toBe(app);
    expect(registerReducer(app, { type: 'redirecting' })).toEqual({ application: app.application, step: { kind: 'redirecting' } });
  });
});

describe('isFinal', () => {
  it('is true only for the refusals that trying again cannot change', () => {
    expect(isFinal('session.registration_disabled')).toBe(true);
    expect(isFinal('session.registration_invitation_only')).toBe(true);
    expect(isFinal('internal.server_error')).toBe(false);
    expect(isFinal('network')).toBe(false);
  });
});
