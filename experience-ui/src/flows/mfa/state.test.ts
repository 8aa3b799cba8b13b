import { describe, expect, it } from 'vitest';
import type { MfaStep } from '../../api/experience';
import { totpSecret } from '../../test/fakeApi';
import { defaultFactor, mfaStep } from './state';

const step = (factors: MfaStep['factors']): MfaStep => ({ type: 'mfa', factors, rememberBrowser: false });

describe('defaultFactor', () => {
  it('prefers the app, then a mailed code; a backup code only when nothing else', () => {
    expect(defaultFactor(['backupCode', 'emailCode', 'totp'])).toBe('totp');
    expect(defaultFactor(['backupCode', 'emailCode'])).toBe('emailCode');
    expect(defaultFactor(['backupCode'])).toBe('backupCode');
  });
});

describe('mfaStep', () => {
  it('keeps the factor chosen, the code mailed and the error across a reload', () => {
    const shown = mfaStep({ kind: 'loading' }, { type: 'showMfa', step: step(['totp', 'emailCode']) })!;
    expect(shown).toMatchObject({ kind: 'mfa', factor: 'totp', busy: false });
    const sent = mfaStep(shown, { type: 'mfaProgress', progress: { factor: 'emailCode', emailVerificationId: 'e1' } })!;
    const reloaded = mfaStep({ ...sent, error: 'mfa.invalid_code' }, { type: 'showMfa', step: step(['totp', 'emailCode']) });
    expect(reloaded).toMatchObject({ factor: 'emailCode', emailVerificationId: 'e1', error: 'mfa.invalid_code' });
  });

  it('falls back to the preferred factor when the chosen one is no longer offered', () => {
    const shown = mfaStep({ kind: 'loading' }, { type: 'showMfa', step: step(['totp', 'backupCode']) })!;
    const chosen = mfaStep(shown, { type: 'mfaProgress', progress: { factor: 'backupCode' } })!;
    expect(mfaStep(chosen, { type: 'showMfa', step: step(['totp']) })).toMatchObject({ factor: 'totp' });
  });

  it('ends the request with the progress, and ignores progress meant for another step', () => {
    const enrolling = mfaStep({ kind: 'loading' }, { type: 'showEnrollMfa', secret: totpSecret() })!;
    const saved = mfaStep({ ...enrolling, busy: true }, { type: 'enrollProgress', progress: { backupCodes: ['a'] } });
    expect(saved).toMatchObject({ kind: 'enrollMfa', busy: false, backupCodes: ['a'] });
    expect(mfaStep(enrolling, { type: 'mfaProgress', progress: { remaining: 3 } })).toBeUndefined();
    expect(mfaStep({ kind: 'consent' }, { type: 'enrollProgress', progress: {} })).toBeUndefined();
  });
});
