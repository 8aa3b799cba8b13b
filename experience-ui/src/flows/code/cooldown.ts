/** The wait between two codes to one address, as the server limits them (one a minute). */
export const RESEND_COOLDOWN_SECONDS = 60;

/** When "Resend code" is available again after a send at `now`, or after a 429 asking `retryAfter` seconds. */
export function resendAt(now: number, retryAfter = RESEND_COOLDOWN_SECONDS): number {
  return now + retryAfter * 1000;
}

/** Whole seconds left until `until` (rounded up, never negative); 0 without a cooldown. */
export function secondsLeft(until: number | undefined, now: number): number {
  if (until === undefined) return 0;
  return Math.max(0, Math.ceil((until - now) / 1000));
}
