import { describe, expect, it, vi } from 'vitest';
import { client } from './client';
import { experienceApi, NETWORK_ERROR } from './experience';

function answer(status: number, error?: unknown) {
  return { data: undefined, error, response: new Response(null, { status }) } as never;
}

describe('experienceApi.setProfile', () => {
  it('posts the field and resolves to ok on 204', async () => {
    const post = vi.spyOn(client, 'POST').mockResolvedValue(answer(204));
    expect(await experienceApi.setProfile('username', 'newbie')).toEqual({ ok: true, data: undefined });
    expect(post).toHaveBeenCalledWith('/api/experience/profile', { body: { type: 'username', value: 'newbie' } });
  });

  it('hands over every broken rule of a weak password', async () => {
    vi.spyOn(client, 'POST').mockResolvedValue(
      answer(422, {
        code: 'user.weak_password',
        message: 'the password breaks the password policy',
        details: { rules: ['password.too_simple', 'password.too_common'] },
      }),
    );
    expect(await experienceApi.setProfile('password', 'password')).toEqual({
      ok: false,
      code: 'user.weak_password',
      rules: ['password.too_simple', 'password.too_common'],
    });
  });

  it('keeps failures without rules as they were', async () => {
    vi.spyOn(client, 'POST').mockResolvedValue(answer(422, { code: 'user.username_taken', message: 'taken' }));
    expect(await experienceApi.setProfile('username', 'alice')).toEqual({ ok: false, code: 'user.username_taken' });
    vi.spyOn(client, 'POST').mockResolvedValue(answer(422, { code: 'user.weak_password', message: 'm', details: { rules: 'no' } }));
    expect(await experienceApi.setProfile('password', 'x')).toEqual({ ok: false, code: 'user.weak_password' });
  });

  it('drops rules that are not strings', async () => {
    vi.spyOn(client, 'POST').mockResolvedValue(
      answer(422, { code: 'user.weak_password', message: 'm', details: { rules: ['password.too_short', 7, null] } }),
    );
    expect(await experienceApi.setProfile('password', 'x')).toMatchObject({ rules: ['password.too_short'] });
  });

  it('resolves to the network code when the request throws', async () => {
    vi.spyOn(client, 'POST').mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await experienceApi.setProfile('username', 'newbie')).toEqual({ ok: false, code: NETWORK_ERROR });
  });
});

describe('experienceApi: codes, invitations, captcha', () => {
  it('sends a code to an email for the interaction event, with the demo code when there is one', async () => {
    const post = vi
      .spyOn(client, 'POST')
      .mockResolvedValue({ data: { verificationId: 'v1', code: '123456' }, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.sendCode('ann@example.com', 'ForgotPassword')).toEqual({
      ok: true,
      data: { verificationId: 'v1', code: '123456' },
    });
    expect(post).toHaveBeenCalledWith('/api/experience/verification/verification-code', {
      body: { identifier: { type: 'email', value: 'ann@example.com' }, interactionEvent: 'ForgotPassword' },
    });
  });

  it('reads the wait of a rate limit from details.retryAfter, else from Retry-After', async () => {
    const limited = (details: unknown, headers: Record<string, string> = {}) =>
      ({
        data: undefined,
        error: { code: 'rate_limit.exceeded', message: 'slow down', details },
        response: new Response(null, { status: 429, headers }),
      }) as never;
    vi.spyOn(client, 'POST').mockResolvedValueOnce(limited({ retryAfter: 42 }, { 'Retry-After': '50' }));
    expect(await experienceApi.sendCode('ann@example.com', 'Register')).toEqual({
      ok: false,
      code: 'rate_limit.exceeded',
      retryAfter: 42,
    });
    vi.spyOn(client, 'POST').mockResolvedValueOnce(limited(undefined, { 'Retry-After': '17' }));
    expect(await experienceApi.sendCode('ann@example.com', 'Register')).toMatchObject({ retryAfter: 17 });
    vi.spyOn(client, 'POST').mockResolvedValueOnce(limited(undefined));
    expect(await experienceApi.sendCode('ann@example.com', 'Register')).toEqual({ ok: false, code: 'rate_limit.exceeded' });
  });

  it('verifies a code and redeems an invitation, each resolving to the verification to identify with', async () => {
    const post = vi
      .spyOn(client, 'POST')
      .mockResolvedValue({ data: { verificationId: 'v2' }, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.verifyCode('ann@example.com', 'v1', '123456')).toEqual({ ok: true, data: 'v2' });
    expect(post).toHaveBeenLastCalledWith('/api/experience/verification/verification-code/verify', {
      body: { identifier: { type: 'email', value: 'ann@example.com' }, verificationId: 'v1', code: '123456' },
    });
    expect(await experienceApi.redeemInvitation('inv-code')).toEqual({ ok: true, data: 'v2' });
    expect(post).toHaveBeenLastCalledWith('/api/experience/verification/invitation', { body: { code: 'inv-code' } });
  });

  it("asks where an invitation's application starts a sign-in", async () => {
    const uri = 'https://app.example/login?iss=https%3A%2F%2Fid.example%2Foidc';
    const post = vi
      .spyOn(client, 'POST')
      .mockResolvedValue({ data: { initiateLoginUri: uri }, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.invitationLoginInitiation('inv-code')).toEqual({ ok: true, data: uri });
    expect(post).toHaveBeenLastCalledWith('/api/experience/invitation/login-initiation', { body: { code: 'inv-code' } });
  });

  it('starts an interaction with a captcha token only when it has one', async () => {
    const put = vi.spyOn(client, 'PUT').mockResolvedValue(answer(204));
    await experienceApi.startInteraction('Register', 'tok');
    expect(put).toHaveBeenLastCalledWith('/api/experience', { body: { interactionEvent: 'Register', captchaToken: 'tok' } });
    await experienceApi.startInteraction('SignIn');
    expect(put).toHaveBeenLastCalledWith('/api/experience', { body: { interactionEvent: 'SignIn' } });
  });

  it('sets the new password of a reset', async () => {
    const put = vi.spyOn(client, 'PUT').mockResolvedValue(answer(204));
    expect(await experienceApi.setNewPassword('Bright-Sparrow-83!')).toEqual({ ok: true, data: undefined });
    expect(put).toHaveBeenCalledWith('/api/experience/profile/password', { body: { password: 'Bright-Sparrow-83!' } });
  });
});

describe('experienceApi two-factor calls', () => {
  it('checks a sign-in code alone, and a first code with its secret', async () => {
    const post = vi
      .spyOn(client, 'POST')
      .mockResolvedValue({ data: { verificationId: 'mfa-1' }, error: undefined, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.verifyTotp('123456')).toEqual({ ok: true, data: 'mfa-1' });
    expect(post).toHaveBeenLastCalledWith('/api/experience/verification/totp/verify', { body: { code: '123456' } });
    await experienceApi.verifyTotp('123456', 'totp-1');
    expect(post).toHaveBeenLastCalledWith('/api/experience/verification/totp/verify', {
      body: { code: '123456', verificationId: 'totp-1' },
    });
  });

  it('adds the confirmed app and resolves to its backup codes', async () => {
    const post = vi
      .spyOn(client, 'POST')
      .mockResolvedValue({ data: { backupCodes: ['a', 'b'] }, error: undefined, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.enrollTotp('mfa-1')).toEqual({ ok: true, data: ['a', 'b'] });
    expect(post).toHaveBeenCalledWith('/api/experience/profile/mfa', { body: { type: 'totp', verificationId: 'mfa-1' } });
  });

  it('sends the "remember this browser" choice', async () => {
    const put = vi.spyOn(client, 'PUT').mockResolvedValue(answer(204));
    expect(await experienceApi.rememberBrowser(false)).toEqual({ ok: true, data: undefined });
    expect(put).toHaveBeenCalledWith('/api/experience/remember-browser', { body: { rememberBrowser: false } });
  });
});

describe('experienceApi: external providers', () => {
  it('asks for the authorization URI with the state and where to come back', async () => {
    const answer = { authorizationUri: 'https://up.example/authorize', verificationId: 'social-1' };
    const post = vi.spyOn(client, 'POST').mockResolvedValue({ data: answer, response: new Response(null, { status: 200 }) } as never);
    expect(await experienceApi.socialAuthorizationUri('up', 'state-of-sixteen-chars', 'https://auth.example/callback/up')).toEqual({
      ok: true,
      data: answer,
    });
    expect(post).toHaveBeenCalledWith('/api/experience/verification/social/{connectorId}/authorization-uri', {
      params: { path: { connectorId: 'up' } },
      body: { state: 'state-of-sixteen-chars', redirectUri: 'https://auth.example/callback/up' },
    });
  });

  it("hands over the provider's own error of a denied authorization", async () => {
    const post = vi.spyOn(client, 'POST').mockResolvedValue(
      answer(422, { code: 'social.authorization_denied', message: 'm', details: { upstreamError: 'access_denied' } }),
    );
    expect(await experienceApi.verifySocial('up', 'social-1', { error: 'access_denied', state: 's' })).toEqual({
      ok: false,
      code: 'social.authorization_denied',
      upstreamError: 'access_denied',
    });
    expect(post).toHaveBeenCalledWith('/api/experience/verification/social/{connectorId}/verify', {
      params: { path: { connectorId: 'up' } },
      body: { verificationId: 'social-1', connectorData: { error: 'access_denied', state: 's' } },
    });
  });

  it('identifies with the identity to link only when there is one, and switches the event', async () => {
    const post = vi.spyOn(client, 'POST').mockResolvedValue(answer(204));
    await experienceApi.identify('pw-1');
    await experienceApi.identify('pw-1', 'social-1');
    expect(post.mock.calls.map((c) => c[1])).toEqual([
      { body: { verificationId: 'pw-1' } },
      { body: { verificationId: 'pw-1', linkVerificationId: 'social-1' } },
    ]);
    const put = vi.spyOn(client, 'PUT').mockResolvedValue(answer(204));
    expect(await experienceApi.changeInteractionEvent('Register')).toEqual({ ok: true, data: undefined });
    expect(put).toHaveBeenCalledWith('/api/experience/interaction-event', { body: { interactionEvent: 'Register' } });
  });
});
