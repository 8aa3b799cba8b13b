import { vi } from 'vitest';
import type { ApiResult, ExperienceApi, InteractionView, NextStep } from '../api/experience';

export const ok = <T>(data: T): ApiResult<T> => ({ ok: true, data });
export const fail = (code: string): ApiResult<never> => ({ ok: false, code });

export function view(nextSteps: NextStep[], extra: Partial<InteractionView> = {}): InteractionView {
  return {
    application: { clientId: 'rp', name: 'Relying Party' },
    verifications: [],
    identified: false,
    nextSteps,
    ...extra,
  };
}

export const passwordStep: NextStep = { type: 'verifyPassword', identifierTypes: ['username'] };
export const submitStep: NextStep = { type: 'submit', endpoint: '/api/experience/submit' };
export const consentStep: NextStep = {
  type: 'consent',
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  application: { clientId: 'rp', name: 'Relying Party' },
};
export const deniedRedirect = 'https://rp.example/callback?error=access_denied&state=s1';

/**
 * A scripted Experience API: `views` are returned by successive GET interaction calls
 * (the last one repeats); every other call succeeds unless overridden.
 */
export function fakeApi(views: ApiResult<InteractionView>[], overrides: Partial<ExperienceApi> = {}) {
  let index = 0;
  const api = {
    getInteraction: vi.fn(async () => views[Math.min(index++, views.length - 1)]!),
    getSignInExperience: vi.fn(async () => fail('application.not_found')),
    startInteraction: vi.fn(async () => ok(undefined)),
    verifyPassword: vi.fn(async () => ok('ver-1')),
    identify: vi.fn(async () => ok(undefined)),
    submit: vi.fn(async () => ok('/oidc/auth/resume')),
    allowConsent: vi.fn(async () => ok(undefined)),
    denyConsent: vi.fn(async () => ok(deniedRedirect)),
    ...overrides,
  } satisfies ExperienceApi;
  return api;
}
