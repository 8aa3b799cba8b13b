import type { CaptchaChallenge } from '../api/experience';

export async function sha256Hex(text: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A challenge as the server makes it, whose secret number is `number`. */
export async function challengeFor(number: number, maxnumber = 2_000): Promise<CaptchaChallenge> {
  const salt = 'a1b2c3?expires=1893456000';
  return { algorithm: 'SHA-256', challenge: await sha256Hex(`${salt}${number}`), maxnumber, salt, signature: 'sig' };
}
