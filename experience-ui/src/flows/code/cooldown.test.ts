import { describe, expect, it } from 'vitest';
import { RESEND_COOLDOWN_SECONDS, resendAt, secondsLeft } from './cooldown';
import { sentFor, type CodeStep } from './state';

describe('resend cooldown', () => {
  it('lasts a minute after a send, or what a rate limit asks', () => {
    expect(RESEND_COOLDOWN_SECONDS).toBe(60);
    expect(resendAt(1_000)).toBe(61_000);
    expect(resendAt(1_000, 5)).toBe(6_000);
  });

  it('counts whole seconds, rounded up, down to zero', () => {
    expect(secondsLeft(61_000, 1_000)).toBe(60);
    expect(secondsLeft(61_000, 1_001)).toBe(60);
    expect(secondsLeft(61_000, 60_001)).toBe(1);
    expect(secondsLeft(61_000, 61_000)).toBe(0);
    expect(secondsLeft(61_000, 90_000)).toBe(0);
    expect(secondsLeft(undefined, 1_000)).toBe(0);
  });
});

describe('sentFor', () => {
  const step: CodeStep = { kind: 'code', email: 'ann@example.com', verificationId: 'c2', busy: false };

  it('gives the demo code of this very code and the cooldown of this address', () => {
    expect(sentFor({ email: 'ann@example.com', verificationId: 'c2', demoCode: '123456', resendAt: 9 }, step)).toEqual({
      demoCode: '123456',
      resendAt: 9,
    });
    // An older code's demo code is of no use; the address' cooldown still holds.
    expect(sentFor({ email: 'ann@example.com', verificationId: 'c1', demoCode: '123456', resendAt: 9 }, step)).toEqual({
      demoCode: undefined,
      resendAt: 9,
    });
    expect(sentFor({ email: 'bob@example.com', verificationId: 'c2', demoCode: '1', resendAt: 9 }, step)).toEqual({});
    // Nothing known after a reload: resending is allowed (the server limits it anyway).
    expect(sentFor(undefined, step)).toEqual({});
  });
});
