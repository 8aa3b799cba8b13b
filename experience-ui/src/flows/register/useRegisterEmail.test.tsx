import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { challengeFor } from '../../test/captcha';
import {
  callLog,
  emailProfileStep,
  fail,
  fakeApi,
  ok,
  passwordProfileStep,
  profileStep,
  redeemInvitationStep,
  signInExperience,
  submitStep,
  verifyCodeStep,
  view,
} from '../../test/fakeApi';
import { useRegister, type RegisterDeps } from './useRegister';

function setup(api: ExperienceApi) {
  const deps: RegisterDeps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  const hook = renderHook(() => useRegister(deps));
  return { deps, ...hook };
}

const registering = { interactionEvent: 'Register' } as const;
const fresh = ok(view([{ type: 'startInteraction', events: ['SignIn', 'Register'] }]));
const asking = ok(view([profileStep, submitStep], registering));
const askingEmail = ok(view([emailProfileStep, submitStep], registering));
const codeSent = ok(view([verifyCodeStep('ann@example.com', 'code-1'), submitStep], registering));
const proved = ok(
  view([passwordProfileStep, submitStep], { ...registering, profile: { email: 'ann@example.com', invited: false, passwordSet: false } }),
);
/** Under username sign-in: the invited contact still chooses a username. */
const invited = ok(
  view([profileStep, submitStep], {
    ...registering,
    profile: { email: 'ann@example.com', name: 'Ann', invited: true, passwordSet: false },
  }),
);
const invitedForm = { kind: 'form', askUsername: true, account: { email: 'ann@example.com', invited: true, name: 'Ann' } };
const complete = ok(view([submitStep], { ...registering, profile: { email: 'ann@example.com', invited: false, passwordSet: true } }));
const strong = 'Bright-Sparrow-83!';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useRegister by email', () => {
  it('sends a code, verifies it, identifies with it, then asks only the password', async () => {
    const api = fakeApi([askingEmail, codeSent, proved, complete], {
      sendCode: vi.fn(async () => ok({ verificationId: 'code-1', code: '123456' })),
    });
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'email', busy: false }));

    await act(() => result.current.send('ann@example.com'));
    expect(api.sendCode).toHaveBeenCalledExactlyOnceWith('ann@example.com', 'Register');
    expect(result.current.state.step).toMatchObject({ kind: 'code', email: 'ann@example.com', verificationId: 'code-1' });
    expect(result.current.state.sent).toMatchObject({ email: 'ann@example.com', verificationId: 'code-1', demoCode: '123456' });

    await act(() => result.current.verify('ann@example.com', 'code-1', '123456'));
    expect(api.verifyCode).toHaveBeenCalledExactlyOnceWith('ann@example.com', 'code-1', '123456');
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('code-1');
    expect(result.current.state.step).toMatchObject({ kind: 'form', askUsername: false, account: { email: 'ann@example.com', invited: false } });

    await act(() => result.current.register(undefined, strong));
    expect(api.setProfile).toHaveBeenCalledExactlyOnceWith('password', strong);
    expect(deps.navigate).toHaveBeenCalledExactlyOnceWith('/oidc/auth/resume');
    expect(callLog(api).slice(2)).toEqual([
      'sendCode',
      'getInteraction',
      'verifyCode',
      'identify',
      'getInteraction',
      'setProfile',
      'getInteraction',
      'submit',
    ]);
  });

  it('keeps a wrong code on the code step, and does not identify', async () => {
    const api = fakeApi([codeSent], { verifyCode: vi.fn(async () => fail('verification_code.mismatch')) });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('code'));
    await act(() => result.current.verify('ann@example.com', 'code-1', '000000'));
    expect(result.current.state.step).toMatchObject({ kind: 'code', busy: false, error: 'verification_code.mismatch' });
    expect(api.identify).not.toHaveBeenCalled();
  });

  it('remembers the wait a rate limit asks before another code', async () => {
    const api = fakeApi([codeSent], { sendCode: vi.fn(async () => ({ ok: false as const, code: 'rate_limit.exceeded', retryAfter: 30 })) });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('code'));
    const before = Date.now();
    await act(() => result.current.send('ann@example.com'));
    expect(result.current.state.step).toMatchObject({ kind: 'code', error: 'rate_limit.exceeded', retryAfter: 30 });
    expect(result.current.state.sent?.resendAt).toBeGreaterThanOrEqual(before + 30_000);
    expect(api.getInteraction).toHaveBeenCalledOnce();
  });

  it('shows the taken address on its own screen when identification says so', async () => {
    const api = fakeApi([codeSent], { identify: vi.fn(async () => fail('user.email_taken')) });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('code'));
    await act(() => result.current.verify('ann@example.com', 'code-1', '123456'));
    expect(result.current.state.step).toEqual({ kind: 'failed', code: 'user.email_taken' });
  });
});

describe('useRegister with an invitation', () => {
  it('redeems the link, identifies with it, and takes the code out of the address bar', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret&ui_locales=fr');
    const api = fakeApi([fresh, asking, invited]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toMatchObject(invitedForm));
    expect(callLog(api)).toEqual([
      'getInteraction',
      'getSignInExperience',
      'startInteraction',
      'getInteraction',
      'redeemInvitation',
      'identify',
      'getInteraction',
    ]);
    expect(api.redeemInvitation).toHaveBeenCalledWith('s3cret');
    expect(api.identify).toHaveBeenCalledWith('inv-1');
    expect(window.location.search).toBe('?ui_locales=fr');
  });

  it('gives the invited contact the username, then the password, then submits', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const complete = ok(view([submitStep], { ...registering, profile: { username: 'ann', invited: true, passwordSet: true } }));
    const api = fakeApi([asking, invited, complete]);
    const { result, deps } = setup(api);
    await waitFor(() => expect(result.current.state.step).toMatchObject(invitedForm));
    await act(() => result.current.register('ann', strong));
    expect(api.setProfile).toHaveBeenNthCalledWith(1, 'username', 'ann');
    expect(api.setProfile).toHaveBeenNthCalledWith(2, 'password', strong);
    expect(deps.navigate).toHaveBeenCalledExactlyOnceWith('/oidc/auth/resume');
  });

  it('starts a clean registration first when one was under way with a code', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const api = fakeApi([codeSent, asking, invited]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toMatchObject(invitedForm));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('Register');
    expect(api.redeemInvitation).toHaveBeenCalledOnce();
  });

  it('shows a refused invitation, forgets it, and offers the form on "Try again"', async () => {
    window.history.replaceState(null, '', '/register?invitation=old');
    const api = fakeApi([asking], { redeemInvitation: vi.fn(async () => fail('invitation.expired')) });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'failed', code: 'invitation.expired' }));
    expect(window.location.search).toBe('');
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));
    expect(api.redeemInvitation).toHaveBeenCalledOnce();
  });

  it('keeps the invitation for "Try again" when the server could not be reached', async () => {
    window.history.replaceState(null, '', '/register?invitation=s3cret');
    const redeemInvitation = vi
      .fn<ExperienceApi['redeemInvitation']>()
      .mockResolvedValueOnce(fail('network'))
      .mockResolvedValueOnce(ok('inv-1'));
    const api = fakeApi([asking, asking, invited], { redeemInvitation });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step).toEqual({ kind: 'failed', code: 'network' }));
    expect(window.location.search).toBe('?invitation=s3cret');
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state.step).toMatchObject(invitedForm));
    expect(redeemInvitation).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('');
  });

  it('asks for the invitation code on an invitation-only server', async () => {
    const api = fakeApi([ok(view([redeemInvitationStep, submitStep], registering)), invited]);
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('invitation'));
    await act(() => result.current.redeem('typed-code'));
    expect(api.redeemInvitation).toHaveBeenCalledExactlyOnceWith('typed-code');
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('inv-1');
    expect(result.current.state.step).toMatchObject(invitedForm);
  });

  it('keeps a refused invitation code on its form', async () => {
    const api = fakeApi([ok(view([redeemInvitationStep, submitStep], registering))], {
      redeemInvitation: vi.fn(async () => fail('invitation.not_found')),
    });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('invitation'));
    await act(() => result.current.redeem('nope'));
    expect(result.current.state.step).toMatchObject({ kind: 'invitation', busy: false, error: 'invitation.not_found' });
  });
});

describe('useRegister with a captcha', () => {
  it('solves the challenge before starting and shows it verified', async () => {
    const api = fakeApi([fresh, asking], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true, captcha: true }))),
      getCaptcha: vi.fn(async () => ok(await challengeFor(1_500))),
    });
    const { result } = setup(api);
    await waitFor(() => expect(result.current.state.step.kind).toBe('form'));
    expect(result.current.state.captcha).toBe('verified');
    const token = vi.mocked(api.startInteraction).mock.calls[0]![1];
    expect(JSON.parse(atob(token!))).toMatchObject({ number: 1_500, signature: 'sig' });
    // The sign-in experience is read once for the page and the captcha.
    expect(api.getSignInExperience).toHaveBeenCalledOnce();
  });
});
