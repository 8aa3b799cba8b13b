import { describe, expect, it } from 'vitest';
import { initialState, signInReducer, type SignInState } from './state';

const form: SignInState = signInReducer(initialState, {
  type: 'showPassword',
  identifierTypes: ['username'],
  loginHint: 'alice',
  rememberMe: false,
});

describe('signInReducer', () => {
  it('shows the password form with the login hint', () => {
    expect(form.step).toEqual({
      kind: 'password',
      identifierTypes: ['username'],
      loginHint: 'alice',
      rememberMe: false,
      busy: false,
    });
  });

  it('records whether remember me is offered and keeps it across steps', () => {
    expect(form.rememberMeOffered).toBeUndefined();
    const offered = signInReducer(form, { type: 'rememberMeOffered', offered: true });
    expect(offered.rememberMeOffered).toBe(true);
    expect(offered.step).toBe(form.step);
    expect(signInReducer(offered, { type: 'busy' }).rememberMeOffered).toBe(true);
    expect(signInReducer(offered, { type: 'redirecting' }).rememberMeOffered).toBe(true);
    expect(signInReducer(offered, { type: 'rememberMeOffered', offered: false }).rememberMeOffered).toBe(false);
  });

  it('records whether registration is open and keeps it across steps', () => {
    expect(form.signUpEnabled).toBeUndefined();
    const open = signInReducer(form, { type: 'signUpEnabled', enabled: true });
    expect(open.signUpEnabled).toBe(true);
    expect(open.step).toBe(form.step);
    expect(signInReducer(open, { type: 'busy' }).signUpEnabled).toBe(true);
    expect(signInReducer(open, { type: 'signUpEnabled', enabled: false }).signUpEnabled).toBe(false);
  });

  it("carries the interaction's remember-me choice into the form", () => {
    const again = signInReducer(form, { type: 'showPassword', identifierTypes: ['username'], rememberMe: true });
    expect(again.step).toMatchObject({ kind: 'password', rememberMe: true });
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

describe('signInReducer on the consent step', () => {
  const application = { clientId: 'tp', name: 'Third Party' };
  const consent = signInReducer(initialState, { type: 'showConsent', application, scopes: ['openid', 'email'] });

  it('shows the requested scopes of the application', () => {
    expect(consent.step).toEqual({ kind: 'consent', application, scopes: ['openid', 'email'], busy: false });
  });

  it('is busy while a choice is sent and keeps a failure next to the buttons', () => {
    const busy = signInReducer(consent, { type: 'busy' });
    expect(busy.step).toMatchObject({ kind: 'consent', busy: true, error: undefined });
    const failed = signInReducer(busy, { type: 'failed', code: 'session.consent_required' });
    expect(failed.step).toMatchObject({ kind: 'consent', busy: false, error: 'session.consent_required' });
    // Showing the step again (a retry that finds consent still pending) keeps the message.
    expect(signInReducer(failed, { type: 'showConsent', application, scopes: ['openid'] }).step).toMatchObject({
      kind: 'consent',
      scopes: ['openid'],
      error: 'session.consent_required',
    });
  });

  it('goes from the password form to consent without the form error', () => {
    const failed = signInReducer(form, { type: 'failed', code: 'session.invalid_credentials' });
    expect(signInReducer(failed, { type: 'showConsent', application, scopes: ['openid'] }).step).toEqual({
      kind: 'consent',
      application,
      scopes: ['openid'],
      busy: false,
      error: undefined,
    });
  });

  it('still turns session.not_found into the expired screen', () => {
    expect(signInReducer(consent, { type: 'failed', code: 'session.not_found' }).step).toEqual({ kind: 'expired' });
  });

  it('redirects after a denial with its own message', () => {
    expect(signInReducer(consent, { type: 'redirecting', denied: true }).step).toEqual({ kind: 'redirecting', denied: true });
  });
});

describe('signInReducer with external providers', () => {
  const identity = {
    type: 'identityNotLinked' as const,
    verificationId: 'social-1',
    connectorId: 'upstream',
    register: true,
    link: true,
  };
  const choice = signInReducer(initialState, { type: 'showIdentityNotLinked', identity });

  it('records the sign-in methods of the sign-in experience and keeps them across steps', () => {
    const methods = signInReducer(form, {
      type: 'signInMethods',
      local: false,
      emailCode: true,
      connectors: [{ id: 'upstream', name: 'Upstream' }],
      identifiers: ['email'],
      registrationCaptcha: true,
    });
    expect(methods).toMatchObject({ localSignIn: false, emailCode: true, identifiers: ['email'], registrationCaptcha: true });
    expect(methods.connectors).toEqual([{ id: 'upstream', name: 'Upstream' }]);
    expect(methods.step).toBe(form.step);
    expect(signInReducer(methods, { type: 'busy' }).connectors).toEqual(methods.connectors);
  });

  it('offers the choice for an identity no account has, then the password form to link it', () => {
    expect(choice.step).toEqual({ kind: 'identityNotLinked', identity, linking: false, busy: false, error: undefined });
    const linking = signInReducer(choice, { type: 'linkForm', open: true });
    expect(linking.step).toMatchObject({ kind: 'identityNotLinked', linking: true });
    const failed = signInReducer(signInReducer(linking, { type: 'busy' }), { type: 'failed', code: 'session.invalid_credentials' });
    expect(failed.step).toMatchObject({ linking: true, busy: false, error: 'session.invalid_credentials' });
    // Read again (a reload, or a retry): the form and its message stay.
    expect(signInReducer(failed, { type: 'showIdentityNotLinked', identity }).step).toMatchObject({
      linking: true,
      error: 'session.invalid_credentials',
    });
    // Back to the choice, without the form's message.
    expect(signInReducer(failed, { type: 'linkForm', open: false }).step).toMatchObject({ linking: false, error: undefined });
  });

  it('opens no password form when linking is not allowed, nor while a request is under way', () => {
    const noLink = signInReducer(initialState, { type: 'showIdentityNotLinked', identity: { ...identity, link: false } });
    expect(signInReducer(noLink, { type: 'linkForm', open: true }).step).toMatchObject({ linking: false });
    const busy = signInReducer(choice, { type: 'busy' });
    expect(signInReducer(busy, { type: 'linkForm', open: true })).toBe(busy);
  });

  it('shows the captcha widget while a registration with the identity starts', () => {
    expect(signInReducer(choice, { type: 'captcha', status: 'solving' }).captcha).toBe('solving');
    expect(signInReducer(choice, { type: 'captcha' }).captcha).toBeUndefined();
  });
});
