import type { CaptchaChallenge } from '../../api/experience';

/**
 * Numbers hashed between two yields to the page: each batch keeps the main thread busy for a
 * few tens of milliseconds at most, so the page stays responsive while solving.
 */
const BATCH = 2000;

const encoder = new TextEncoder();

/** The 32 bytes a lowercase or uppercase hex SHA-256 stands for; undefined if it is not one. */
function hexBytes(hex: string): Uint8Array | undefined {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  return Uint8Array.from({ length: 32 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function same(digest: ArrayBuffer, wanted: Uint8Array): boolean {
  const bytes = new Uint8Array(digest);
  for (let i = 0; i < wanted.length; i++) if (bytes[i] !== wanted[i]) return false;
  return true;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Solves an ALTCHA challenge: the integer `n` in `0..=maxnumber` with
 * `hex(SHA-256(salt + n)) === challenge`. Undefined when there is none, the algorithm is not
 * SHA-256, or `cancelled` says to stop.
 */
export async function solveChallenge(
  { algorithm, challenge, maxnumber, salt }: CaptchaChallenge,
  cancelled: () => boolean = () => false,
): Promise<number | undefined> {
  const wanted = hexBytes(challenge);
  // Web Crypto exists only in a secure context (HTTPS, or localhost).
  if (algorithm !== 'SHA-256' || !wanted || !globalThis.crypto?.subtle) return undefined;
  for (let start = 0; start <= maxnumber; start += BATCH) {
    if (cancelled()) return undefined;
    const end = Math.min(maxnumber, start + BATCH - 1);
    const digests: Promise<ArrayBuffer>[] = [];
    for (let n = start; n <= end; n++) digests.push(crypto.subtle.digest('SHA-256', encoder.encode(`${salt}${n}`)));
    const found = (await Promise.all(digests)).findIndex((digest) => same(digest, wanted));
    if (found >= 0) return start + found;
    await yieldToPage();
  }
  return undefined;
}

/** The `captchaToken` for a solved challenge: base64 of the ALTCHA payload. */
export function captchaToken({ algorithm, challenge, salt, signature }: CaptchaChallenge, number: number): string {
  return btoa(JSON.stringify({ algorithm, challenge, number, salt, signature }));
}
