import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import {
  callLog,
  consentStep,
  fail,
  fakeApi,
  ok,
  passwordProfileStep,
  passwordStep,
  profileStep,
  signInExperience,
  submitStep,
  view,
} from '../../test/fakeApi';
import { useRegister, type RegisterDeps } from './useRegister';

function setup(api: ExperienceApi) {
  const deps: RegisterDeps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  const hook = renderHook(() => useRegister(deps));
  return { deps, ...hook };
}

const fresh = ok(view([{ type: 'startInteraction', events: ['SignIn', 'Register'] }]));
const registering = ok(view([profileStep, submitStep], { interactionEvent: 'Register' }));
const complete = ok(view([submitStep], { interactionEvent: 'Register', profile: { username: 'newbie', invited: false, passwordSet: true } }));

describe('useRegister', () => {
  it('starts the Register event on a new interaction and shows the form', async () => {
    const api = fakeApi([fresh, registering]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('Register');
    expect(result.current.state.application?.name).toBe('Relying Party');
  });

  it('turns a sign-in the user left into a registration', async () => {
    const api = fakeApi([ok(view([passwordStep], { interactionEvent: 'SignIn' })), registering]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('Register');
  });

  it('resumes a registration after a reload without starting it again, with the username given', async () => {
    const named = view([passwordProfileStep, submitStep], {
      interactionEvent: 'Register',
      profile: { username: 'newbie', invited: false, passwordSet: false },
    });
    const api = fakeApi([ok(named)]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toMatchObject({ kind: 'form', username: 'newbie' }));
    expect(api.startInteraction).not.toHaveBeenCalled();
  });

  it('gives the username, then the password, then submits and navigates', async () => {
    const api = fakeApi([fresh, registering, complete], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true }))),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.register('newbie', 'Bright-Sparrow-83!'));

    expect(callLog(api)).toEqual([
      'getInteraction',
      'getSignInExperience',
      'startInteraction',
      'getInteraction',
      'setProfile',
      'setProfile',
      'getInteraction',
      'submit',
    ]);
    expect(api.setProfile).toHaveBeenNthCalledWith(1, 'username', 'newbie');
    expect(api.setProfile).toHaveBeenNthCalledWith(2, 'password', 'Bright-Sparrow-83!');
    expect(deps.navigate).toHaveBeenCalledExactlyOnceWith('/oidc/auth/resume');
    expect(result.current.state.step).toEqual({ kind: 'redirecting' });
  });

  it('keeps the form with every broken rule when the password is weak', async () => {
    const rules = ['password.too_simple', 'password.too_common'];
    const api = fakeApi([registering], {
      setProfile: vi.fn(async (type: string) => (type === 'password' ? fail('user.weak_password', rules) : ok(undefined))),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.register('newbie', 'password'));

    expect(result.current.state.step).toMatchObject({ kind: 'form', busy: false, error: 'user.weak_password', rules });
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('does not send the password when the username is refused', async () => {
    const api = fakeApi([registering], { setProfile: vi.fn(async () => fail('user.username_taken')) });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.register('alice', 'Bright-Sparrow-83!'));

    expect(api.setProfile).toHaveBeenCalledExactlyOnceWith('username', 'alice');
    expect(result.current.state.step).toMatchObject({ kind: 'form', error: 'user.username_taken', rules: undefined });
  });

  it('keeps the form when the name was taken between the profile and the submit', async () => {
    const api = fakeApi([registering, complete], { submit: vi.fn(async () => fail('user.username_taken')) });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.register('newbie', 'Bright-Sparrow-83!'));

    expect(result.current.state.step).toMatchObject({ kind: 'form', busy: false, error: 'user.username_taken' });
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it("asks for a third-party client's consent before submitting, then submits", async () => {
    const consentFirst = ok(view([consentStep, submitStep], { interactionEvent: 'Register' }));
    const api = fakeApi([registering, consentFirst, complete]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.register('newbie', 'Bright-Sparrow-83!'));
    expect(result.current.state.step).toMatchObject({ kind: 'consent', scopes: ['openid', 'profile', 'email', 'offline_access'] });
    expect(api.submit).not.toHaveBeenCalled();

    await act(() => result.current.allow());
    expect(api.allowConsent).toHaveBeenCalledOnce();
    expect(api.submit).toHaveBeenCalledOnce();
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('shows the refusal when registration is off', async () => {
    const api = fakeApi([fresh], { startInteraction: vi.fn(async () => fail('session.registration_disabled')) });
    const { result } = setup(api);
    await waitFor(() =>
      expect(result.current.state.step).toEqual({ kind: 'failed', code: 'session.registration_disabled' }),
    );
    expect(api.setProfile).not.toHaveBeenCalled();
  });

  it('goes back to signing in: the SignIn event first, then the sign-in page', async () => {
    const api = fakeApi([registering]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));

    await act(() => result.current.signInInstead());

    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn');
    expect(deps.navigate).toHaveBeenCalledExactlyOnceWith('/sign-in');
    expect(vi.mocked(api.startInteraction).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(deps.navigate).mock.invocationCallOrder[0]!,
    );
  });

  it('shows the expired screen when there is no interaction', async () => {
    const { result } = setup(fakeApi([fail('session.not_found')]));
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'expired' }));
  });
});
