import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { expect, test } from '../../fixtures.ts';

const run = promisify(execFile);

// The server runs with the default lockout.max_failed_attempts.
const MAX_FAILED_ATTEMPTS = 5;

test.describe('lockout', () => {
  test('after too many wrong passwords even the right one is refused, until an unlock', async ({
    env,
    app,
    signIn,
    page,
  }) => {
    // Each attempt waits for its own answer: the alert text alone is the same every time.
    const answered = () => page.waitForResponse((r) => r.url().endsWith('/api/experience/verification/password'));
    const ines = env.users.ines;
    await app.login();
    await signIn.expectOnForm();
    for (let attempt = 1; attempt <= MAX_FAILED_ATTEMPTS; attempt++) {
      await Promise.all([answered(), signIn.signIn(ines.username, `wrong password ${attempt}`)]);
      await expect(signIn.alert).toHaveText('Incorrect identifier or password.');
      await expect(signIn.submitButton()).toBeEnabled();
    }

    // Locked: the right password gets exactly the wrong-password answer, and no code is issued.
    await signIn.password().fill(ines.password);
    const [locked] = await Promise.all([answered(), signIn.submitButton().click()]);
    expect(locked.status()).toBe(422);
    await expect(signIn.alert).toHaveText('Incorrect identifier or password.');
    await expect(signIn.submitButton()).toBeEnabled();
    expect(app.rp.callbacks).toHaveLength(0);

    const { stdout } = await run(env.bin, ['--config', env.configFile, 'user', 'unlock', '--username', ines.username]);
    expect(stdout.trim()).toBe('unlocked');

    await signIn.password().fill(ines.password);
    await signIn.submitButton().click();
    await app.expectSignedIn();
    expect((await app.claims()).sub).toBe(ines.id);
  });
});
