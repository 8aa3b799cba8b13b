import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import {
  callLog,
  consentStep,
  fail,
  fakeApi,
  ok,
  passwordStep,
  resetPasswordStep,
  sendCodeStep,
  submitStep,
  verifyCodeStep,
  view,
} from '../../test/fakeApi';
import { useForgotPassword, type ResetDeps } from './useForgotPassword';

function setup(api: ExperienceApi) {
  const deps: ResetDeps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  const hook = renderHook(() => useForgotPassword(deps));
  return { deps, ...hook };
}

const resetting = { interactionEvent: 'ForgotPassword' } as const;
const asking = ok(view([sendCodeStep, submitStep], resetting));
const codeSent = ok(view([verifyCodeStep('ann@example.com', 'code-1'), submitStep], resetting));
const identified = ok(view([resetPasswordStep, submitStep], { ...resetting, identified: true }));
const done = ok(view([submitStep], { ...resetting, identified: true }));
const strong = 'Bright-Sparrow-83!';

describe('useForgotPassword', () => {
  it('starts the reset over a sign-in and asks for the address', async () => {
    const api = fakeApi([ok(view([passwordStep], { interactionEvent: 'SignIn' })), asking]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('email'));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('ForgotPassword');
  });

  it('sends the code, verifies it, identifies, sets the new password, submits and navigates', async () => {
    const api = fakeApi([asking, codeSent, identified, done]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('email'));

    await act(() => result.current.send('ann@example.com'));
    expect(api.sendCode).toHaveBeenCalledExactlyOnceWith('ann@example.com', 'ForgotPassword');
    expect(result.current.state.step).toMatchObject({ kind: 'code', email: 'ann@example.com' });

    await act(() => result.current.verify('ann@example.com', 'code-1', '123456'));
    expect(result.current.state.step).toMatchObject({ kind: 'password' });

    await act(() => result.current.reset(strong));
    expect(api.setNewPassword).toHaveBeenCalledExactlyOnceWith(strong);
    expect(deps.navigate).toHaveBeenCalledExactlyOnceWith('/oidc/auth/resume');
    expect(result.current.state.step).toEqual({ kind: 'redirecting' });
    expect(callLog(api)).toEqual([
      'getInteraction',
      'getSignInExperience',
      'sendCode',
      'getInteraction',
      'verifyCode',
      'identify',
      'getInteraction',
      'setNewPassword',
      'getInteraction',
      'submit',
    ]);
  });

  it('identifies by itself after a reload between the code and the identification', async () => {
    const verified = ok(view([{ type: 'identify', verificationId: 'code-1' }, submitStep], resetting));
    const api = fakeApi([verified, identified]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('code-1');
  });

  it('keeps the form with every broken rule when the new password is weak', async () => {
    const rules = ['password.too_short', 'password.too_common'];
    const api = fakeApi([identified], { setNewPassword: vi.fn(async () => fail('user.weak_password', rules)) });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    await act(() => result.current.reset('password'));
    expect(result.current.state.step).toMatchObject({ kind: 'password', error: 'user.weak_password', rules });
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it("asks for a third-party client's consent after the new password", async () => {
    const api = fakeApi([identified, ok(view([consentStep, submitStep], { ...resetting, identified: true })), done]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('password'));
    await act(() => result.current.reset(strong));
    expect(result.current.state.step).toMatchObject({ kind: 'consent' });
    await act(() => result.current.allow());
    expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume');
  });

  it('says when password reset is off', async () => {
    const api = fakeApi([ok(view([passwordStep], { interactionEvent: 'SignIn' }))], {
      startInteraction: vi.fn(async () => fail('session.password_reset_disabled')),
    });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'failed', code: 'session.password_reset_disabled' }));
  });

  it('goes back to the address form from the code step', async () => {
    const { result } = setup(fakeApi([codeSent]));
    await waitFor(() => expect(result.current.state.step.kind).toBe('code'));
    act(() => result.current.changeEmail());
    expect(result.current.state.step.kind).toBe('email');
  });
});
