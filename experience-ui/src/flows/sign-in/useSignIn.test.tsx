import { renderHook, waitFor, act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  callLog,
  consentStep,
  deniedRedirect,
  fail,
  fakeApi,
  ok,
  passwordStep,
  profileStep,
  signInExperience,
  submitStep,
  view,
} from '../../test/fakeApi';
import { useSignIn, type SignInDeps } from './useSignIn';
import type { ExperienceApi } from '../../api/experience';

function setup(api: ExperienceApi) {
  const deps: SignInDeps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  const hook = renderHook(() => useSignIn(deps));
  return { deps, ...hook };
}

describe('useSignIn', () => {
  it('starts the SignIn event, reloads the interaction and shows the form', async () => {
    const api = fakeApi([
      ok(view([{ type: 'startInteraction', events: ['SignIn'] }], { loginHint: 'alice' })),
      ok(view([passwordStep], { loginHint: 'alice', interactionEvent: 'SignIn' })),
    ]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    expect(api.startInteraction).toHaveBeenCalledWith('SignIn');
    expect(api.getInteraction).toHaveBeenCalledTimes(2);
    expect(result.current.state.step).toMatchObject({ loginHint: 'alice', identifierTypes: ['username'] });
    expect(result.current.state.application?.name).toBe('Relying Party');
  });

  it('prefers the sign-in experience application name', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      getSignInExperience: vi.fn(async () =>
        ok({ ...signInExperience(), application: { clientId: 'rp', name: 'Branded RP' } }),
      ),
    });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.application?.name).toBe('Branded RP'));
    expect(api.getSignInExperience).toHaveBeenCalledWith('rp');
  });

  it('verifies, identifies, follows the next step to submit and navigates', async () => {
    const api = fakeApi([ok(view([passwordStep])), ok(view([submitStep], { identified: true }))]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));

    await act(() => result.current.signIn('username', 'alice', 'pw', false));

    expect(api.verifyPassword).toHaveBeenCalledWith('username', 'alice', 'pw');
    expect(api.identify).toHaveBeenCalledWith('ver-1');
    expect(api.submit).toHaveBeenCalledOnce();
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
    expect(result.current.state.step).toEqual({ kind: 'redirecting' });
  });

  it('keeps the form with the error code when the password is wrong', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      verifyPassword: vi.fn(async () => fail('session.invalid_credentials')),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    await act(() => result.current.signIn('username', 'alice', 'nope', false));
    expect(result.current.state.step).toMatchObject({ kind: 'password', busy: false, error: 'session.invalid_credentials' });
    expect(api.identify).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('resumes after a reload: identify then submit without the form', async () => {
    const api = fakeApi([
      ok(view([{ type: 'identify', verificationId: 'ver-9' }])),
      ok(view([submitStep], { identified: true })),
    ]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.identify).toHaveBeenCalledWith('ver-9');
    expect(result.current.state.step.kind).toBe('redirecting');
  });

  it('asks for consent after identification, then allows, follows the interaction to submit and navigates', async () => {
    const api = fakeApi([
      ok(view([passwordStep])),
      ok(view([consentStep, submitStep], { identified: true })),
      ok(view([submitStep], { identified: true })),
    ]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));

    await act(() => result.current.signIn('username', 'alice', 'pw', false));
    expect(result.current.state.step).toEqual({
      kind: 'consent',
      application: { clientId: 'rp', name: 'Relying Party' },
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      busy: false,
      error: undefined,
    });
    expect(api.submit).not.toHaveBeenCalled();

    await act(() => result.current.allow());
    expect(api.allowConsent).toHaveBeenCalledOnce();
    expect(api.getInteraction).toHaveBeenCalledTimes(3);
    expect(api.submit).toHaveBeenCalledOnce();
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
    expect(result.current.state.step).toEqual({ kind: 'redirecting' });
  });

  it('shows the consent step straight away after a reload or with an SSO session', async () => {
    const api = fakeApi([ok(view([consentStep, submitStep], { identified: true }))]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('consent'));
    expect(api.startInteraction).not.toHaveBeenCalled();
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('denies and navigates to the redirect the server gives, without submitting', async () => {
    const api = fakeApi([ok(view([consentStep, submitStep], { identified: true }))]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('consent'));

    await act(() => result.current.deny());
    expect(api.denyConsent).toHaveBeenCalledOnce();
    expect(api.allowConsent).not.toHaveBeenCalled();
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).toHaveBeenCalledWith(deniedRedirect);
    expect(result.current.state.step).toEqual({ kind: 'redirecting', denied: true });
  });

  it('keeps the consent step with the error code when allowing fails', async () => {
    const api = fakeApi([ok(view([consentStep, submitStep], { identified: true }))], {
      allowConsent: vi.fn(async () => fail('internal.server_error')),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('consent'));
    await act(() => result.current.allow());
    expect(result.current.state.step).toMatchObject({ kind: 'consent', busy: false, error: 'internal.server_error' });
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('sends the remember-me choice after identification and before submit', async () => {
    const api = fakeApi([ok(view([passwordStep])), ok(view([submitStep], { identified: true, rememberMe: true }))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience())),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.rememberMeOffered).toBe(true));
    expect(result.current.state.step).toMatchObject({ kind: 'password', rememberMe: false });

    await act(() => result.current.signIn('username', 'alice', 'pw', true));

    expect(api.rememberMe).toHaveBeenCalledWith(true);
    expect(callLog(api)).toEqual([
      'getInteraction',
      'getSignInExperience',
      'verifyPassword',
      'identify',
      'rememberMe',
      'getInteraction',
      'submit',
    ]);
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('sends an unchecked choice too, so it replaces an earlier one', async () => {
    const api = fakeApi([ok(view([passwordStep], { rememberMe: true })), ok(view([submitStep], { identified: true }))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience())),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.rememberMeOffered).toBe(true));
    // A reload keeps the choice made so far: it is the checkbox's initial value.
    expect(result.current.state.step).toMatchObject({ kind: 'password', rememberMe: true });

    await act(() => result.current.signIn('username', 'alice', 'pw', false));

    expect(api.rememberMe).toHaveBeenCalledExactlyOnceWith(false);
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('does not send the choice when the server does not offer remember me', async () => {
    const api = fakeApi([ok(view([passwordStep])), ok(view([submitStep], { identified: true }))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({ rememberMe: false }))),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.rememberMeOffered).toBe(false));

    await act(() => result.current.signIn('username', 'alice', 'pw', true));

    expect(api.rememberMe).not.toHaveBeenCalled();
    expect(api.submit).toHaveBeenCalledOnce();
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('does not send the choice when the sign-in experience could not be read', async () => {
    const api = fakeApi([ok(view([passwordStep])), ok(view([submitStep], { identified: true }))]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));

    await act(() => result.current.signIn('username', 'alice', 'pw', true));

    expect(result.current.state.rememberMeOffered).toBeUndefined();
    expect(api.rememberMe).not.toHaveBeenCalled();
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('keeps the form with the error code when the choice is refused', async () => {
    const api = fakeApi([ok(view([passwordStep])), ok(view([submitStep], { identified: true }))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience())),
      rememberMe: vi.fn(async () => fail('session.remember_me_disabled')),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.rememberMeOffered).toBe(true));

    await act(() => result.current.signIn('username', 'alice', 'pw', true));

    expect(result.current.state.step).toMatchObject({ kind: 'password', busy: false, error: 'session.remember_me_disabled' });
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('records whether registration is open from the sign-in experience', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true }))),
    });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.signUpEnabled).toBe(true));
    expect(result.current.state.rememberMeOffered).toBe(true);
  });

  it('starts the SignIn event over a Register interaction', async () => {
    const api = fakeApi([
      ok(view([profileStep, submitStep], { interactionEvent: 'Register' })),
      ok(view([passwordStep], { interactionEvent: 'SignIn' })),
    ]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn');
    expect(api.setProfile).not.toHaveBeenCalled();
  });

  it('shows the expired screen when there is no interaction', async () => {
    const { result } = setup(fakeApi([fail('session.not_found')]));
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'expired' }));
  });

  it('stops instead of looping when the server keeps asking to start', async () => {
    const api = fakeApi([ok(view([{ type: 'startInteraction', events: ['SignIn'] }]))]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'failed', code: 'unsupported_step' }));
    expect(api.startInteraction).toHaveBeenCalledTimes(5);
  });

  it('retry reloads after a failure', async () => {
    const api = fakeApi([fail('internal.server_error'), ok(view([passwordStep]))]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('failed'));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
  });
});
