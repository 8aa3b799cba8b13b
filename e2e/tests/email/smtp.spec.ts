import { expect } from '../../fixtures.ts';
import { extraGatehouse } from '../../support/extra-gatehouse.ts';
import { codeIn } from '../../support/mail.ts';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.ts';

// A second Gatehouse of its own (database, port, client) whose mail goes out by SMTP, without
// TLS, to a local sink (aiosmtpd from e2e/.venv) that keeps every message in a Maildir.
const user = { username: 'smtpuser', email: 'smtp.user@example.com', name: 'Smtp User', password: 'Harbor-Kettle-64!' };
const NEW = 'Orchid-Lantern-93#';

let sink: SmtpSink | undefined;
let userId: string;
const extra = extraGatehouse({
  name: 'smtp',
  client: { clientId: 'e2e-smtp-rp', clientSecret: 'e2e-smtp-secret-0123456789', name: 'SMTP Relying Party' },
  email: async (dir) => {
    sink = await startSmtpSink(dir);
    return { transport: 'smtp', host: sink.host, port: sink.port };
  },
  prepare: async (gatehouse) => {
    userId = await gatehouse.createUser(user);
  },
  logs: ['smtp-sink.log'],
  cleanup: async () => sink?.stop(),
});
const { test } = extra;

test.describe('email over SMTP', () => {
  test('a password reset code delivered through SMTP works', async ({ app, signIn, codeStep, forgotPassword }) => {
    await app.login();
    await signIn.expectOnForm();
    await expect(signIn.heading('Sign in to SMTP Relying Party')).toBeVisible();
    await signIn.forgotPasswordLink.click();
    await forgotPassword.expectOnEmailStep();
    await codeStep.sendTo(user.email);

    const mail = await sink!.mailbox.waitFor(user.email);
    // Headers the sink adds: the message came over an SMTP session, to this recipient.
    expect(mail.headers['x-rcptto']).toBe(user.email);
    expect(mail.headers['x-peer']).toContain('127.0.0.1');
    expect(mail.subject).toBe('Reset your password');
    await codeStep.enter(codeIn(mail));

    await forgotPassword.expectOnPasswordStep();
    await forgotPassword.reset(NEW);
    await app.expectSignedIn();
    const claims = await app.claims();
    expect(claims.sub).toBe(userId);
    expect(claims.iss).toBe(extra.server.issuer);
  });
});
