import { createHmac } from 'node:crypto';

/**
 * An authenticator app, as the tests need one: RFC 6238 codes (HMAC-SHA-1, 6 digits, 30 s steps)
 * of a base32 secret (RFC 4648, as the enrolment pages show it).
 */

export const STEP_SECONDS = 30;
const DIGITS = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of a base32 secret; letter case, spaces and `=` padding do not matter. */
export function base32Decode(encoded: string): Buffer {
  const clean = encoded.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(char)} in ${encoded}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The time step that contains `ms` (milliseconds since the epoch). */
export function stepAt(ms = Date.now()): number {
  return Math.floor(ms / 1000 / STEP_SECONDS);
}

/** The code of time step `step` (HOTP of the step counter, RFC 4226 dynamic truncation). */
export function hotp(secret: string, step: number, digits = DIGITS): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an app shows at `ms`, with its step. */
export function totp(secret: string, ms = Date.now()): { code: string; step: number } {
  const step = stepAt(ms);
  return { code: hotp(secret, step), step };
}

/**
 * The code of the first step after `usedStep`, waiting for that step to start if need be: the
 * server accepts each step's code once, so a sign-in right after an enrolment waits (up to 30 s)
 * rather than present the code the enrolment used. Keep `ms` of margin before a step ends, so
 * that the code does not turn stale between typing and checking.
 */
export async function nextTotp(secret: string, usedStep: number, margin = 2_000): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = Date.now();
    const step = stepAt(now);
    const endsIn = (step + 1) * STEP_SECONDS * 1000 - now;
    if (step > usedStep && endsIn > margin) return totp(secret, now);
    // Not yet a new step, or too close to the end of this one: wait for the next.
    await new Promise((resolve) => setTimeout(resolve, endsIn + 50));
  }
}
