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
async function solveCaptcha({ deps, dispatch, cancelled }: Run<CaptchaAction>): Promise<ApiResult<string>> {
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
  const { deps, dispatch, cancelled } = run;
  const experience = await run.experience();
  if (cancelled()) return done;
  let withCaptcha = experience.ok && experience.data.signUp.captcha;
  for (let attempt = 0; ; attempt++) {
    let token: string | undefined;
    if (withCaptcha) {
      const solved = await solveCaptcha(run);
      if (!solved.ok) {
        dispatch({ type: 'captcha' });
        return solved;
      }
      token = solved.data;
    }
    const started =
      token === undefined ? await deps.api.startInteraction('Register') : await deps.api.startInteraction('Register', token);
    if (cancelled() || started.ok) return started;
    if (attempt > 0 || !CAPTCHA_CODES.has(started.code)) {
      if (withCaptcha) dispatch({ type: 'captcha' });
      return started;
    }
    withCaptcha = true;
  }
}
