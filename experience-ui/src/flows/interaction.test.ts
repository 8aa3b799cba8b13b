import { describe, expect, it } from 'vitest';
import {
  consentStep,
  enrollMfaStep,
  identityNotLinkedStep,
  mfaStep,
  passwordProfileStep,
  passwordStep,
  profileStep,
  redeemInvitationStep,
  resetPasswordStep,
  sendCodeStep,
  submitStep,
  verifyCodeStep,
  view,
} from '../test/fakeApi';
import { directiveFor } from './interaction';

describe('directiveFor', () => {
  it('follows the first next step', () => {
    expect(directiveFor(view([{ type: 'startInteraction', events: ['SignIn'] }, passwordStep]), 'SignIn')).toEqual({
      kind: 'start',
    });
    expect(directiveFor(view([passwordStep]), 'SignIn')).toEqual({ kind: 'showPassword', identifierTypes: ['username'] });
    expect(directiveFor(view([{ type: 'identify', verificationId: 'v1' }]), 'SignIn')).toEqual({
      kind: 'identify',
      verificationId: 'v1',
    });
    expect(directiveFor(view([submitStep]), 'SignIn')).toEqual({ kind: 'submit' });
    expect(directiveFor(view([consentStep, submitStep], { identified: true }), 'SignIn')).toEqual({
      kind: 'showConsent',
      application: { clientId: 'rp', name: 'Relying Party' },
      scopes: ['openid', 'profile', 'email', 'offline_access'],
    });
  });

  it('identifies with an external identity to link, and asks what to do with one no account has', () => {
    expect(directiveFor(view([{ type: 'identify', verificationId: 'pw-1', linkVerificationId: 'social-1' }]), 'SignIn')).toEqual({
      kind: 'identify',
      verificationId: 'pw-1',
      linkVerificationId: 'social-1',
    });
    const step = identityNotLinkedStep();
    expect(directiveFor(view([step], { interactionEvent: 'SignIn' }), 'SignIn')).toEqual({ kind: 'showIdentityNotLinked', step });
  });

  it('asks for a second factor, or for setting one up, in any flow', () => {
    const step = mfaStep({ maskedEmail: 'a***@example.com' });
    expect(directiveFor(view([step, submitStep], { identified: true }), 'SignIn')).toEqual({ kind: 'showMfa', step });
    expect(directiveFor(view([enrollMfaStep, submitStep], { interactionEvent: 'Register' }), 'Register')).toEqual({
      kind: 'showEnrollMfa',
    });
  });

  it('asks for the missing profile fields of a registration', () => {
    const registering = view([profileStep, submitStep], { interactionEvent: 'Register' });
    expect(directiveFor(registering, 'Register')).toEqual({
      kind: 'showProfile',
      missing: ['identifier', 'password'],
      identifierTypes: ['username'],
    });
    const proved = view([passwordProfileStep, submitStep], { interactionEvent: 'Register' });
    expect(directiveFor(proved, 'Register')).toEqual({
      kind: 'showProfile',
      missing: ['password'],
      identifierTypes: ['email'],
    });
    expect(directiveFor(view([submitStep], { interactionEvent: 'Register' }), 'Register')).toEqual({ kind: 'submit' });
  });

  it('asks for an address, its code, an invitation or a new password', () => {
    const resetting = { interactionEvent: 'ForgotPassword' } as const;
    expect(directiveFor(view([sendCodeStep, submitStep], resetting), 'ForgotPassword')).toEqual({ kind: 'showSendCode' });
    expect(directiveFor(view([verifyCodeStep('ann@example.com', 'c9'), submitStep], resetting), 'ForgotPassword')).toEqual({
      kind: 'showVerifyCode',
      verificationId: 'c9',
      email: 'ann@example.com',
    });
    expect(directiveFor(view([resetPasswordStep, submitStep], resetting), 'ForgotPassword')).toEqual({
      kind: 'showResetPassword',
    });
    expect(directiveFor(view([redeemInvitationStep, submitStep], { interactionEvent: 'Register' }), 'Register')).toEqual({
      kind: 'showRedeemInvitation',
    });
    // A reset met on the sign-in page is started again as a sign-in, and the reverse.
    expect(directiveFor(view([sendCodeStep], resetting), 'SignIn')).toEqual({ kind: 'start' });
    expect(directiveFor(view([passwordStep], { interactionEvent: 'SignIn' }), 'ForgotPassword')).toEqual({ kind: 'start' });
  });

  it("starts the page's own event over an interaction started for another one", () => {
    expect(directiveFor(view([passwordStep], { interactionEvent: 'SignIn' }), 'Register')).toEqual({ kind: 'start' });
    expect(directiveFor(view([consentStep, submitStep], { interactionEvent: 'SignIn', identified: true }), 'Register')).toEqual({
      kind: 'start',
    });
    expect(directiveFor(view([profileStep, submitStep], { interactionEvent: 'Register' }), 'SignIn')).toEqual({
      kind: 'start',
    });
    expect(directiveFor(view([passwordStep], { interactionEvent: 'SignIn' }), 'SignIn')).toEqual({
      kind: 'showPassword',
      identifierTypes: ['username'],
    });
  });

  it('reports an empty or unknown step as unsupported', () => {
    expect(directiveFor(view([]), 'SignIn')).toEqual({ kind: 'unsupported' });
    expect(directiveFor(view([{ type: 'verifyTotp' } as never]), 'SignIn')).toEqual({ kind: 'unsupported' });
  });
});
