import { describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi, SignInExperience } from '../../api/experience';
import { challengeFor } from '../../test/captcha';
import { fail, fakeApi, ok, signInExperience } from '../../test/fakeApi';
import type { Run } from '../interaction';
import { startRegistration, switchToRegistration, type CaptchaAction } from './start';

function setup(api: ExperienceApi, captcha = true) {
  const dispatch = vi.fn();
  const experience: ApiResult<SignInExperience> = ok(signInExperience({}, { enabled: true, captcha }));
  const run: Run<CaptchaAction> = {
    deps: { api, navigate: vi.fn(), onInteraction: vi.fn() },
    dispatch,
    cancelled: () => false,
    experience: async () => experience,
  };
  return { run, dispatch };
}

const numberIn = (token: unknown) => (JSON.parse(atob(String(token))) as { number: number }).number;

describe('startRegistration', () => {
  it('starts without a captcha when the sign-in experience asks for none', async () => {
    const api = fakeApi([]);
    const { run, dispatch } = setup(api, false);
    expect(await startRegistration(run)).toEqual(ok(undefined));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('Register');
    expect(api.getCaptcha).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('solves the challenge first and starts with its token, showing the widget meanwhile', async () => {
    const api = fakeApi([], { getCaptcha: vi.fn(async () => ok(await challengeFor(321))) });
    const { run, dispatch } = setup(api);
    expect(await startRegistration(run)).toEqual(ok(undefined));
    expect(api.startInteraction).toHaveBeenCalledOnce();
    const [event, token] = vi.mocked(api.startInteraction).mock.calls[0]!;
    expect(event).toBe('Register');
    expect(numberIn(token)).toBe(321);
    expect(dispatch.mock.calls).toEqual([[{ type: 'captcha', status: 'solving' }], [{ type: 'captcha', status: 'verified' }]]);
  });

  it('solves a new challenge once when the solution is refused', async () => {
    const getCaptcha = vi
      .fn<ExperienceApi['getCaptcha']>()
      .mockResolvedValueOnce(ok(await challengeFor(5)))
      .mockResolvedValueOnce(ok(await challengeFor(6)));
    const startInteraction = vi
      .fn<ExperienceApi['startInteraction']>()
      .mockResolvedValueOnce(fail('captcha.expired'))
      .mockResolvedValueOnce(ok(undefined));
    const api = fakeApi([], { getCaptcha, startInteraction });
    const { run } = setup(api);
    expect(await startRegistration(run)).toEqual(ok(undefined));
    expect(getCaptcha).toHaveBeenCalledTimes(2);
    expect(startInteraction.mock.calls.map(([, token]) => numberIn(token))).toEqual([5, 6]);
  });

  it('shows the refusal after the second attempt, and hides the widget', async () => {
    const api = fakeApi([], {
      getCaptcha: vi.fn(async () => ok(await challengeFor(9))),
      startInteraction: vi.fn(async () => fail('captcha.used')),
    });
    const { run, dispatch } = setup(api);
    expect(await startRegistration(run)).toEqual(fail('captcha.used'));
    expect(api.startInteraction).toHaveBeenCalledTimes(2);
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'captcha' });
  });

  it('solves one when the server asks for it although the sign-in experience did not say so', async () => {
    const startInteraction = vi
      .fn<ExperienceApi['startInteraction']>()
      .mockResolvedValueOnce(fail('captcha.required'))
      .mockResolvedValueOnce(ok(undefined));
    const api = fakeApi([], { getCaptcha: vi.fn(async () => ok(await challengeFor(77))), startInteraction });
    const { run } = setup(api, false);
    expect(await startRegistration(run)).toEqual(ok(undefined));
    expect(startInteraction.mock.calls[0]).toEqual(['Register']);
    expect(numberIn(startInteraction.mock.calls[1]![1])).toBe(77);
  });

  it('hands over other refusals as they are', async () => {
    const api = fakeApi([], { startInteraction: vi.fn(async () => fail('session.registration_disabled')) });
    const { run } = setup(api, false);
    expect(await startRegistration(run)).toEqual(fail('session.registration_disabled'));
    expect(api.getCaptcha).not.toHaveBeenCalled();
  });

  it('does not start when no challenge can be had', async () => {
    const api = fakeApi([], { getCaptcha: vi.fn(async () => fail('network')) });
    const { run, dispatch } = setup(api);
    expect(await startRegistration(run)).toEqual(fail('network'));
    expect(api.startInteraction).not.toHaveBeenCalled();
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'captcha' });
  });
});

describe('switchToRegistration', () => {
  it('switches the event, keeping the verifications, without a captcha when none is asked', async () => {
    const api = fakeApi([]);
    const { run } = setup(api);
    expect(await switchToRegistration(run, false)).toEqual(ok(undefined));
    expect(api.changeInteractionEvent).toHaveBeenCalledExactlyOnceWith('Register');
    expect(api.startInteraction).not.toHaveBeenCalled();
  });

  it('solves one when asked, up front or by a refusal', async () => {
    const changeInteractionEvent = vi
      .fn<ExperienceApi['changeInteractionEvent']>()
      .mockResolvedValueOnce(fail('captcha.required'))
      .mockResolvedValueOnce(ok(undefined));
    const api = fakeApi([], { getCaptcha: vi.fn(async () => ok(await challengeFor(12))), changeInteractionEvent });
    const { run, dispatch } = setup(api);
    expect(await switchToRegistration(run, false)).toEqual(ok(undefined));
    expect(changeInteractionEvent.mock.calls[0]).toEqual(['Register']);
    expect(numberIn(changeInteractionEvent.mock.calls[1]![1])).toBe(12);
    expect(dispatch).toHaveBeenCalledWith({ type: 'captcha', status: 'verified' });
  });
});
