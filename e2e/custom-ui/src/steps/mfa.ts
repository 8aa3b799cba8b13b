// The second factor: `mfa` (a code of one of `factors`, "remember this browser" when offered)
// and `enrollMfa` (an authenticator app set up during the sign-in, when the operator requires
// two factors). Each verification is kept by the interaction: after it the loop goes on.
import { button, field, form, h } from '../dom';
import type { Call, Render, StepContext } from '../step';

/** `PUT /api/experience/remember-browser` first, when the box is offered, then `run`. */
function withChoice<T>(ctx: StepContext, remember: HTMLInputElement | undefined, run: Call<T>) {
  if (!remember) return void ctx.send(run);
  void ctx.send(
    () => ctx.api.PUT('/api/experience/remember-browser', { body: { rememberBrowser: remember.checked } }),
    () => void ctx.send(run),
  );
}

function codeField(label: string, name: string) {
  return field(label, { name, autocomplete: 'one-time-code', maxlength: '32', required: true });
}

export const renderMfa: Render<'mfa'> = (step, ctx) => {
  const remember = step.rememberBrowser ? h('input', { type: 'checkbox', id: 'remember-browser', name: 'rememberBrowser' }) : undefined;
  const forms = step.factors.map((factor) => {
    switch (factor) {
      case 'totp': {
        const code = codeField('Authenticator code', 'totp');
        return form({ 'data-testid': 'mfa-totp' }, [code.node], 'Verify', () =>
          withChoice(ctx, remember, () =>
            ctx.api.POST('/api/experience/verification/totp/verify', { body: { code: code.input.value.trim() } }),
          ),
        );
      }
      case 'backupCode': {
        const code = codeField('Backup code', 'backupCode');
        return form({ 'data-testid': 'mfa-backup-code' }, [code.node], 'Use backup code', () =>
          withChoice(ctx, remember, () =>
            ctx.api.POST('/api/experience/verification/backup-code/verify', { body: { code: code.input.value.trim() } }),
          ),
        );
      }
      case 'emailCode': {
        // The code goes to the account's confirmed address only when asked for.
        const slot = h('div', { 'data-testid': 'mfa-email-code' });
        const send = button('Email me a code', () => {
          void ctx.send(
            () => ctx.api.POST('/api/experience/verification/mfa-email-code'),
            ({ verificationId }) => {
              const code = codeField('Email code', 'emailCode');
              slot.replaceChildren(
                h('p', {}, `We sent a code to ${step.maskedEmail ?? 'your address'}.`),
                form({}, [code.node], 'Verify email code', () =>
                  withChoice(ctx, remember, () =>
                    ctx.api.POST('/api/experience/verification/mfa-email-code/verify', {
                      body: { verificationId, code: code.input.value.trim() },
                    }),
                  ),
                ),
              );
              code.input.focus();
            },
          );
        });
        slot.append(send);
        return slot;
      }
    }
  });
  return h(
    'div',
    {},
    h('h2', {}, 'Two-factor authentication'),
    ...forms,
    remember && h('div', {}, remember, ' ', h('label', { for: 'remember-browser' }, 'Remember this browser')),
  );
};

export const renderEnrollMfa: Render<'enrollMfa'> = (_step, ctx) => {
  const slot = h('div', { 'data-testid': 'mfa-enroll' }, h('p', {}, 'Preparing…'));
  // A secret at once (`POST .../totp/secret`); its first code (`.../totp/verify` with the
  // secret's verification), then `POST /api/experience/profile/mfa` adds it and answers the
  // backup codes, shown once before the loop goes on.
  queueMicrotask(() => {
    void ctx.send(
      () => ctx.api.POST('/api/experience/verification/totp/secret'),
      (secret) => {
        const code = codeField('Authenticator code', 'totp');
        slot.replaceChildren(
          h('h2', {}, 'Set up an authenticator app'),
          h('img', { src: secret.qr, alt: 'QR code for your authenticator app', width: '192', height: '192' }),
          h('p', {}, 'Key: ', h('code', { 'data-testid': 'totp-secret' }, secret.secret)),
          form({ 'data-testid': 'mfa-enroll-code' }, [code.node], 'Turn on', () => {
            void ctx.send(
              () =>
                ctx.api.POST('/api/experience/verification/totp/verify', {
                  body: { code: code.input.value.trim(), verificationId: secret.verificationId },
                }),
              ({ verificationId }) =>
                void ctx.send(
                  () => ctx.api.POST('/api/experience/profile/mfa', { body: { type: 'totp', verificationId } }),
                  ({ backupCodes }) =>
                    slot.replaceChildren(
                      h('h2', {}, 'Your backup codes'),
                      h('p', {}, 'Each one signs you in once if you lose your app. They are shown only now.'),
                      h('ul', { 'data-testid': 'backup-codes' }, ...backupCodes.map((c) => h('li', {}, c))),
                      button('Continue', () => void ctx.next()),
                    ),
                ),
            );
          }),
        );
      },
    );
  });
  return slot;
};
