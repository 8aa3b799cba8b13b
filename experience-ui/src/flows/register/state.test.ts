import { describe, expect, it } from 'vitest';
import type { Profile } from '../../api/experience';
import { initialState, isFinal, registerReducer, type RegisterAction, type RegisterState } from './state';

const fresh: Profile = { invited: false, passwordSet: false };
const showProfile = (
  profile: Partial<Profile> = {},
  missing: ('identifier' | 'password')[] = ['identifier', 'password'],
  identifierTypes: ('username' | 'email')[] = ['username'],
): RegisterAction => ({ type: 'showProfile', missing, identifierTypes, profile: { ...fresh, ...profile } });

const form: RegisterState = registerReducer(initialState, showProfile());
const weak = ['password.too_simple', 'password.too_common'];

describe('registerReducer', () => {
  it('shows the form, with the username the interaction already has', () => {
    expect(form.step).toEqual({ kind: 'form', askUsername: true, busy: false });
    expect(registerReducer(initialState, showProfile({ username: 'newbie' }, ['password'])).step).toEqual({
      kind: 'form',
      askUsername: true,
      username: 'newbie',
      busy: false,
    });
  });

  it('keeps a failure with its broken rules next to the form', () => {
    const busy = registerReducer(form, { type: 'busy' });
    expect(busy.step).toMatchObject({ kind: 'form', busy: true });
    const failed = registerReducer(busy, { type: 'failed', code: 'user.weak_password', rules: weak });
    expect(failed.step).toEqual({ kind: 'form', askUsername: true, busy: false, error: 'user.weak_password', rules: weak });
    // The interaction read again (it still asks for the profile) keeps the message.
    expect(registerReducer(failed, showProfile()).step).toMatchObject({ error: 'user.weak_password', rules: weak });
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

describe('registerReducer under username sign-in', () => {
  it('asks a username next to an address the registration has: a proved one no longer stands for it', () => {
    const proved = registerReducer(initialState, showProfile({ email: 'ann@example.com' }));
    expect(proved.step).toEqual({ kind: 'form', askUsername: true, account: { email: 'ann@example.com', invited: false }, busy: false });
  });

  it('asks the invited contact for a username and a password, greeting them', () => {
    const invited = registerReducer(initialState, showProfile({ email: 'ann@example.com', invited: true, name: 'Ann' }));
    expect(invited.step).toEqual({
      kind: 'form',
      askUsername: true,
      account: { email: 'ann@example.com', invited: true, name: 'Ann' },
      busy: false,
    });
    const taken = registerReducer(invited, { type: 'failed', code: 'user.username_taken' });
    // Read again, the interaction still lacks the username: the form keeps the message and the address.
    expect(registerReducer(taken, showProfile({ email: 'ann@example.com', invited: true, name: 'Ann' })).step).toMatchObject({
      askUsername: true,
      account: { invited: true },
      error: 'user.username_taken',
    });
  });

  it('asks the username when a server names both identifiers', () => {
    expect(registerReducer(initialState, showProfile({}, undefined, ['username', 'email'])).step).toMatchObject({
      kind: 'form',
      askUsername: true,
    });
  });
});

describe('registerReducer under email sign-in', () => {
  const email = registerReducer(initialState, showProfile({}, undefined, ['email']));

  it('asks the address first, with no username to choose instead', () => {
    expect(email.step).toEqual({ kind: 'email', busy: false });
  });

  it('keeps a refused address on the email form, also when the interaction is read again', () => {
    const refused = registerReducer(registerReducer(email, { type: 'busy' }), { type: 'failed', code: 'user.invalid_email' });
    expect(refused.step).toMatchObject({ kind: 'email', busy: false, error: 'user.invalid_email' });
    expect(registerReducer(refused, showProfile({}, undefined, ['email'])).step).toMatchObject({ error: 'user.invalid_email' });
  });

  it('asks for the code, and keeps its error only for the same code', () => {
    const code = registerReducer(email, { type: 'showCode', email: 'ann@example.com', verificationId: 'c1' });
    expect(code.step).toEqual({ kind: 'code', email: 'ann@example.com', verificationId: 'c1', busy: false });
    const wrong = registerReducer(code, { type: 'failed', code: 'verification_code.mismatch' });
    const again = { type: 'showCode', email: 'ann@example.com', verificationId: 'c1' } as const;
    expect(registerReducer(wrong, again).step).toMatchObject({ error: 'verification_code.mismatch' });
    expect(registerReducer(wrong, { ...again, verificationId: 'c2' }).step).toMatchObject({ error: undefined });
    expect(registerReducer(code, { type: 'changeEmail' }).step).toEqual({ kind: 'email', busy: false });
    expect(registerReducer(email, { type: 'changeEmail' })).toBe(email);
  });

  it('remembers the last code sent: its demo code and the resend cooldown', () => {
    const sent = registerReducer(email, { type: 'codeSent', email: 'ann@example.com', verificationId: 'c1', demoCode: '123456', now: 1000 });
    expect(sent.sent).toEqual({ email: 'ann@example.com', verificationId: 'c1', demoCode: '123456', resendAt: 61_000 });
    const refused = registerReducer(sent, { type: 'sendRefused', email: 'ann@example.com', retryAfter: 30, now: 5000 });
    expect(refused.sent).toEqual({ email: 'ann@example.com', verificationId: 'c1', demoCode: '123456', resendAt: 35_000 });
    const other = registerReducer(sent, { type: 'sendRefused', email: 'bob@example.com', retryAfter: 10, now: 5000 });
    expect(other.sent).toEqual({ email: 'bob@example.com', resendAt: 15_000 });
  });

  it('asks only the password once the address is proved, or invited', () => {
    const proved = registerReducer(email, showProfile({ email: 'ann@example.com' }, ['password'], ['email']));
    expect(proved.step).toEqual({ kind: 'form', askUsername: false, account: { email: 'ann@example.com', invited: false }, busy: false });
    const invited = registerReducer(initialState, showProfile({ email: 'ann@example.com', invited: true, name: 'Ann' }, ['password'], ['email']));
    expect(invited.step).toMatchObject({ kind: 'form', askUsername: false, account: { invited: true, name: 'Ann' } });
    const weakened = registerReducer(invited, { type: 'failed', code: 'user.weak_password', rules: weak });
    expect(weakened.step).toMatchObject({ kind: 'form', error: 'user.weak_password', rules: weak });
  });

  it('shows a taken address on its own screen, from any step', () => {
    const code = registerReducer(email, { type: 'showCode', email: 'ann@example.com', verificationId: 'c1' });
    expect(registerReducer(code, { type: 'failed', code: 'user.email_taken' }).step).toEqual({ kind: 'failed', code: 'user.email_taken' });
    const password = registerReducer(initialState, showProfile({ email: 'ann@example.com' }, ['password'], ['email']));
    expect(registerReducer(password, { type: 'failed', code: 'user.email_taken' }).step).toEqual({
      kind: 'failed',
      code: 'user.email_taken',
    });
  });
});

describe('registerReducer with an invitation and a captcha', () => {
  it('asks for the invitation code, keeping its error when read again', () => {
    const invitation = registerReducer(initialState, { type: 'showInvitation' });
    expect(invitation.step).toEqual({ kind: 'invitation', busy: false });
    const refused = registerReducer(invitation, { type: 'failed', code: 'invitation.expired' });
    expect(registerReducer(refused, { type: 'showInvitation' }).step).toMatchObject({ error: 'invitation.expired' });
  });

  it('carries a rate limit wait with the error, and clears it with the next attempt', () => {
    const invitation = registerReducer(initialState, { type: 'showInvitation' });
    const limited = registerReducer(invitation, { type: 'failed', code: 'rate_limit.exceeded', retryAfter: 42 });
    expect(limited.step).toMatchObject({ error: 'rate_limit.exceeded', retryAfter: 42 });
    expect(registerReducer(limited, { type: 'busy' }).step).toMatchObject({ error: undefined, retryAfter: undefined });
    expect(registerReducer(initialState, { type: 'failed', code: 'rate_limit.exceeded', retryAfter: 9 }).step).toEqual({
      kind: 'failed',
      code: 'rate_limit.exceeded',
      retryAfter: 9,
    });
  });

  it('tracks the captcha widget', () => {
    const solving = registerReducer(initialState, { type: 'captcha', status: 'solving' });
    expect(solving.captcha).toBe('solving');
    expect(registerReducer(solving, { type: 'captcha', status: 'verified' }).captcha).toBe('verified');
    expect(registerReducer(solving, { type: 'captcha' }).captcha).toBeUndefined();
  });
});

describe('isFinal', () => {
  it('is true only for the refusals that trying again cannot change', () => {
    expect(isFinal('session.registration_disabled')).toBe(true);
    expect(isFinal('session.registration_invitation_only')).toBe(true);
    expect(isFinal('user.email_taken')).toBe(true);
    expect(isFinal('internal.server_error')).toBe(false);
    expect(isFinal('network')).toBe(false);
    expect(isFinal('invitation.expired')).toBe(false);
  });
});
