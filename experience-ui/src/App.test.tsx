import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountApi } from './account/api/client';
import { App } from './App';
import { experienceApi } from './api/experience';
import { keepPendingInvitation } from './flows/register/invitation';
import { keepPendingSocial } from './flows/social/pending';
import { accountOf, appsOf, sessionsOf, signedIn } from './test/fakeAccountApi';
import {
  consentStep,
  fail,
  identityNotLinkedStep,
  ok,
  passwordStep,
  profileStep,
  sendCodeStep,
  signInExperience,
  submitStep,
  view,
} from './test/fakeApi';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});

describe('App routing', () => {
  it('shows the not-found view for unknown paths', () => {
    render(<App path="/nowhere" />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('serves the registration page', async () => {
    vi.spyOn(experienceApi, 'getInteraction').mockResolvedValue(
      ok(view([profileStep, submitStep], { interactionEvent: 'Register' })),
    );
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    render(<App path="/register" />);
    expect(await screen.findByRole('heading', { name: 'Create your account for Relying Party' })).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm password')).toBeInTheDocument();
  });

  it('sends the sign-in an invitation link went through its application for to the registration page', async () => {
    keepPendingInvitation('s3cret');
    window.history.replaceState(null, '', '/sign-in?ui_locales=en');
    vi.spyOn(experienceApi, 'getInteraction').mockResolvedValue(
      ok(view([profileStep, submitStep], { interactionEvent: 'Register' })),
    );
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    const redeem = vi.spyOn(experienceApi, 'redeemInvitation').mockResolvedValue(fail('invitation.used'));
    render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/register'));
    expect(window.location.search).toBe('?ui_locales=en');
    await waitFor(() => expect(redeem).toHaveBeenCalledWith('s3cret'));
  });

  it('serves the password reset page', async () => {
    vi.spyOn(experienceApi, 'getInteraction').mockResolvedValue(
      ok(view([sendCodeStep, submitStep], { interactionEvent: 'ForgotPassword' })),
    );
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    render(<App path="/forgot-password/" />);
    expect(await screen.findByRole('heading', { name: 'Reset your password for Relying Party' })).toBeInTheDocument();
    expect(screen.getByTestId('email-input')).toBeInTheDocument();
  });

  it('goes from signing in to the reset page and back without reloading', async () => {
    window.history.replaceState(null, '', '/sign-in?ui_locales=en');
    const getInteraction = vi
      .spyOn(experienceApi, 'getInteraction')
      .mockResolvedValueOnce(ok(view([passwordStep], { interactionEvent: 'SignIn' })))
      .mockResolvedValueOnce(ok(view([sendCodeStep, submitStep], { interactionEvent: 'ForgotPassword' })))
      .mockResolvedValueOnce(ok(view([sendCodeStep, submitStep], { interactionEvent: 'ForgotPassword' })))
      .mockResolvedValue(ok(view([passwordStep], { interactionEvent: 'SignIn' })));
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(ok(signInExperience({}, {}, true)));
    const start = vi.spyOn(experienceApi, 'startInteraction').mockResolvedValue(ok(undefined));
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByTestId('forgot-password-link'));
    expect(window.location.pathname + window.location.search).toBe('/forgot-password?ui_locales=en');
    expect(await screen.findByTestId('send-code')).toBeInTheDocument();

    await user.click(screen.getByTestId('back-to-sign-in'));
    expect(window.location.pathname).toBe('/sign-in');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    // The sign-in page starts signing in again over the reset.
    await waitFor(() => expect(start).toHaveBeenCalledWith('SignIn'));
    expect(getInteraction).toHaveBeenCalledTimes(4);
  });

  it('serves the provider callback, then the sign-in page goes on from the interaction (identify, then consent)', async () => {
    keepPendingSocial({
      state: 'state-kept-by-this-tab-0123456789',
      verificationId: 'social-1',
      connectorId: 'upstream',
      flow: 'sign-in',
      returnTo: '/sign-in?ui_locales=en',
      savedAt: Date.now(),
    });
    window.history.replaceState(null, '', '/callback/upstream?code=c-1&state=state-kept-by-this-tab-0123456789');
    const verify = vi.spyOn(experienceApi, 'verifySocial').mockResolvedValue(ok(undefined));
    vi.spyOn(experienceApi, 'getInteraction')
      .mockResolvedValueOnce(ok(view([{ type: 'identify', verificationId: 'social-1' }], { interactionEvent: 'SignIn' })))
      .mockResolvedValue(ok(view([consentStep, submitStep], { identified: true, interactionEvent: 'SignIn' })));
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    const identify = vi.spyOn(experienceApi, 'identify').mockResolvedValue(ok(undefined));
    const submit = vi.spyOn(experienceApi, 'submit');
    render(<App />);

    expect(await screen.findByRole('button', { name: 'Allow' })).toBeInTheDocument();
    expect(verify).toHaveBeenCalledExactlyOnceWith('upstream', 'social-1', { code: 'c-1', state: 'state-kept-by-this-tab-0123456789' });
    // In place of the callback: back must not replay a used answer.
    expect(window.location.pathname + window.location.search).toBe('/sign-in?ui_locales=en');
    expect(identify).toHaveBeenCalledExactlyOnceWith('social-1');
    expect(submit).not.toHaveBeenCalled();
  });

  it('serves the provider callback, then the sign-in page asks what to do with an identity no account has', async () => {
    window.history.replaceState(null, '', '/callback/upstream/?code=c-1&state=verification-the-server-made');
    vi.spyOn(experienceApi, 'verifySocial').mockResolvedValue(ok(undefined));
    vi.spyOn(experienceApi, 'getInteraction').mockResolvedValue(
      ok(view([identityNotLinkedStep({ verificationId: 'verification-the-server-made' })], { interactionEvent: 'SignIn' })),
    );
    vi.spyOn(experienceApi, 'getSignInExperience').mockResolvedValue(fail('application.not_found'));
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Create a new account' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('has no page for a callback without a connector', () => {
    render(<App path="/callback/" />);
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('serves the demo page, with or without a trailing slash', () => {
    render(<App path="/demo/" />);
    expect(screen.getByRole('heading', { name: 'Gatehouse demo app' })).toBeInTheDocument();
    expect(screen.getByTestId('demo-client-id')).toHaveTextContent('demo');
  });

  it('serves the account pages to a tab that signed in', async () => {
    signedIn();
    vi.spyOn(accountApi, 'getAccount').mockResolvedValue(ok(accountOf()));
    vi.spyOn(accountApi, 'listApps').mockResolvedValue(ok(appsOf()));
    vi.spyOn(accountApi, 'listSessions').mockResolvedValue(ok(sessionsOf()));
    render(<App path="/account/" />);
    expect(await screen.findByTestId('account-user')).toHaveTextContent('Ann Example');
    expect(screen.getByTestId('account-sessions')).toBeInTheDocument();
  });

  it('serves the account sign-in callback', async () => {
    render(<App path="/account/callback" />);
    expect(await screen.findByTestId('account-callback-error')).toBeInTheDocument();
  });
});
