import type { ApiResult } from '../../api/experience';
import type { Run } from '../interaction';
import { captchaToken, solveChallenge } from './captcha';

/** What the captcha widget shows. */
export type CaptchaStatus = 'solving' | 'verified';
export type CaptchaAction = { type: 'captcha'; status?: CaptchaStatus };

/** Refusals a new solution may cure. */
export const CAPTCHA_CODES = new Set(['captcha.required', 'captcha.invalid', 'captcha.expired', 'captcha.used']);

const done: ApiResult<never> = { ok: false, code: 'cancelled' };

/** Fetches a challenge and solves it, showing the widget meanwhile; resolves to the token. */
async function solveCaptcha({ deps, dispatch, cancelled }: Omit<Run<CaptchaAction>, 'experience'>): Promise<ApiResult<string>> {
  dispatch({ type: 'captcha', status: 'solving' });
  const challenge = await deps.api.getCaptcha();
  if (cancelled()) return done;
  if (!challenge.ok) return challenge;
  const number = await solveChallenge(challenge.data, cancelled);
  if (cancelled()) return done;
  if (number === undefined) return { ok: false, code: 'captcha.invalid' };
  dispatch({ type: 'captcha', status: 'verified' });
  return { ok: true, data: captchaToken(challenge.data, number) };
}

/**
 * Starts a registration, with a solved captcha when the sign-in experience asks for one (or the
 * server refuses to start without). A refused solution gets one more challenge before the
 * refusal is shown.
 */
export async function startRegistration(run: Run<CaptchaAction>): Promise<ApiResult<void>> {
  const { deps, cancelled } = run;
  const experience = await run.experience();
  if (cancelled()) return done;
  return withCaptcha(run, experience.ok && experience.data.signUp.captcha, (token) =>
    token === undefined ? deps.api.startInteraction('Register') : deps.api.startInteraction('Register', token),
  );
}

/**
 * Turns the interaction into a registration keeping its verifications (an external identity
 * that no account has signs up with), with a captcha as `startRegistration` solves one.
 * `captcha`: whether the sign-in experience asks for one.
 */
export function switchToRegistration(run: Omit<Run<CaptchaAction>, 'experience'>, captcha: boolean): Promise<ApiResult<void>> {
  const { api } = run.deps;
  return withCaptcha(run, captcha, (token) =>
    token === undefined ? api.changeInteractionEvent('Register') : api.changeInteractionEvent('Register', token),
  );
}

/** `begin` with a captcha token when one is asked for, up front or by a refusal. */
async function withCaptcha(
  run: Omit<Run<CaptchaAction>, 'experience'>,
  captcha: boolean,
  begin: (token?: string) => Promise<ApiResult<void>>,
): Promise<ApiResult<void>> {
  const { dispatch, cancelled } = run;
  let solving = captcha;
  for (let attempt = 0; ; attempt++) {
    let token: string | undefined;
    if (solving) {
      const solved = await solveCaptcha(run);
      if (!solved.ok) {
        dispatch({ type: 'captcha' });
        return solved;
      }
      token = solved.data;
    }
    const started = await begin(token);
    if (cancelled() || started.ok) return started;
    if (attempt > 0 || !CAPTCHA_CODES.has(started.code)) {
      if (solving) dispatch({ type: 'captcha' });
      return started;
    }
    solving = true;
  }
}
