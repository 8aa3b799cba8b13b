import { afterEach, describe, expect, it, vi } from 'vitest';
import { challengeFor } from '../../test/captcha';
import { captchaToken, solveChallenge } from './captcha';

afterEach(() => vi.unstubAllGlobals());

describe('solveChallenge', () => {
  it('finds the number, in the first batch or a later one, and at the bounds', async () => {
    expect(await solveChallenge(await challengeFor(7))).toBe(7);
    expect(await solveChallenge(await challengeFor(0))).toBe(0);
    expect(await solveChallenge(await challengeFor(2_000))).toBe(2_000);
    expect(await solveChallenge(await challengeFor(4_321, 5_000))).toBe(4_321);
    expect(await solveChallenge(await challengeFor(5_000, 5_000))).toBe(5_000);
  });

  it('gives up on a number beyond maxnumber, another algorithm, or when cancelled', async () => {
    expect(await solveChallenge(await challengeFor(2_001))).toBeUndefined();
    expect(await solveChallenge({ ...(await challengeFor(3)), algorithm: 'SHA-512' })).toBeUndefined();
    expect(await solveChallenge({ ...(await challengeFor(3)), challenge: 'not-hex' })).toBeUndefined();
    let calls = 0;
    expect(await solveChallenge(await challengeFor(4_500, 5_000), () => ++calls > 1)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('gives up without Web Crypto (a page not served over HTTPS)', async () => {
    const challenge = await challengeFor(3);
    vi.stubGlobal('crypto', {});
    expect(await solveChallenge(challenge)).toBeUndefined();
  });

  it('accepts the challenge in upper case hex', async () => {
    const challenge = await challengeFor(42);
    expect(await solveChallenge({ ...challenge, challenge: challenge.challenge.toUpperCase() })).toBe(42);
  });
});

describe('captchaToken', () => {
  it('is base64 of the ALTCHA payload with the number found', async () => {
    const challenge = await challengeFor(42);
    expect(JSON.parse(atob(captchaToken(challenge, 42)))).toEqual({
      algorithm: 'SHA-256',
      challenge: challenge.challenge,
      number: 42,
      salt: challenge.salt,
      signature: 'sig',
    });
  });
});
