import { describe, expect, it } from 'vitest';
import { passwordStep, submitStep, view } from '../../test/fakeApi';
import { directiveFor, initialState, signInReducer, type SignInState } from './state';

const form: SignInState = signInReducer(initialState, {
  type: 'showPassword',
  identifierTypes: ['username'],
  loginHint: 'alice',
});

describe('signInReducer', () => {
  it('shows the password form with the login hint', () => {
    expect(form.step).toEqual({ kind: 'password', identifierTypes: ['username'], loginHint: 'alice', busy: false });
  });

  it('marks the form busy and clears the previous error', () => {
    const withError = signInReducer(form, { type: 'failed', code: 'session.invalid_credentials' });
    expect(withError.step).toMatchObject({ kind: 'password', busy: false, error: 'session.invalid_credentials' });
    expect(signInReducer(withError, { type: 'busy' }).step).toMatchObject({ busy: true, error: undefined });
  });

  it('turns session.not_found into the expired screen from any step', () => {
    expect(signInReducer(form, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
    expect(signInReducer(initialState, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
  });

  it('fails the whole screen when no form is shown', () => {
    expect(signInReducer(initialState, { type: 'failed', code: 'internal.server_error' }).step).toEqual({
      kind: 'failed',
      code: 'internal.server_error',
    });
  });

  it('ignores busy outside the form and keeps the application', () => {
    const app = signInReducer(initialState, { type: 'application', application: { clientId: 'c', name: 'C' } });
    expect(signInReducer(app, { type: 'busy' })).toBe(app);
    expect(signInReducer(app, { type: 'redirecting' })).toEqual({ application: app.application, step: { kind: 'redirecting' } });
  });
});

describe('directiveFor', () => {
  it('follows the first next step', () => {
    expect(directiveFor(view([{ type: 'startInteraction', events: ['SignIn'] }, passwordStep]))).toEqual({ kind: 'start' });
    expect(directiveFor(view([passwordStep]))).toEqual({ kind: 'showPassword', identifierTypes: ['username'] });
    expect(directiveFor(view([{ type: 'identify', verificationId: 'v1' }]))).toEqual({ kind: 'identify', verificationId: 'v1' });
    expect(directiveFor(view([submitStep]))).toEqual({ kind: 'submit' });
  });

  it('reports an empty or unknown step as unsupported', () => {
    expect(directiveFor(view([]))).toEqual({ kind: 'unsupported' });
    expect(directiveFor(view([{ type: 'verifyTotp' } as never]))).toEqual({ kind: 'unsupported' });
  });
});
