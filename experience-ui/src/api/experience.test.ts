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
