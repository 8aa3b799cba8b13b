import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountApi } from '../api/accountApi';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { stubDownload } from '../../test/download';
import { accountOf, fail, fakeAccountApi, FIREFOX_WINDOWS, mfaOf, ok, proof } from '../../test/fakeAccountApi';
import { backupCodes } from '../../test/fakeApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

type User = ReturnType<typeof userEvent.setup>;

const withTotp = mfaOf({ factors: [{ type: 'totp', createdAt: '2026-03-01T09:00:00Z' }], backupCodesRemaining: 7 });

async function mfaSection(api: AccountApi = fakeAccountApi()) {
  const rendered = await renderAccountPage(api);
  await screen.findByTestId('account-mfa');
  return { ...rendered, mfa: section('account-mfa'), user: userEvent.setup() };
}

async function confirmItsMe(mfa: ReturnType<typeof section>, user: User) {
  await user.type(mfa.getByLabelText('Current password'), 'old-password-1');
  await user.click(mfa.getByRole('button', { name: 'Confirm' }));
}

describe('MfaSection', () => {
  it('is a titled section when the operator allows two-factor, and absent otherwise', async () => {
    await mfaSection();
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toHaveAttribute('data-testid', 'account-mfa');
    expect(section('account-mfa').getByTestId('mfa-status')).toHaveTextContent('Add a second step to signing in');
  });

  it('is absent when the operator does not allow two-factor', async () => {
    const api = fakeAccountApi({ getMfa: vi.fn(async () => ok(mfaOf({ enabled: false }))) });
    await renderAccountPage(api);
    await waitFor(() => expect(api.getMfa).toHaveBeenCalled());
    expect(screen.queryByTestId('account-mfa')).not.toBeInTheDocument();
  });

  it('sets up an authenticator app after a verification, then shows the first backup codes once', async () => {
    const getMfa = vi.fn<AccountApi['getMfa']>().mockResolvedValueOnce(ok(mfaOf())).mockResolvedValue(ok(withTotp));
    const { api, mfa, user } = await mfaSection(fakeAccountApi({ getMfa }));
    expect(mfa.getByTestId('mfa-totp')).toHaveTextContent('Not set up');
    await user.click(mfa.getByRole('button', { name: 'Set up an authenticator app' }));
    await confirmItsMe(mfa, user);

    const secret = await mfa.findByTestId('totp-secret');
    expect(secret).toHaveAttribute('data-secret', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(secret.textContent).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(mfa.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    expect(mfa.getByTestId('mfa-enroll')).toHaveTextContent('Your other sessions will be signed out; this one continues.');
    expect(api.createTotpSecret).toHaveBeenCalledWith('proof-1');

    await user.type(mfa.getByLabelText('Authentication code'), '123 456');
    await user.click(mfa.getByRole('button', { name: 'Turn on' }));

    expect(await mfa.findByTestId('mfa-saved')).toHaveTextContent(
      'Your authenticator app is set up. Your other sessions were signed out.',
    );
    expect(api.enrollTotp).toHaveBeenCalledExactlyOnceWith('secret-1', '123456', 'proof-1');
    expect(within(mfa.getByTestId('backup-codes')).getAllByRole('listitem')).toHaveLength(10);
    await waitFor(() => expect(mfa.getByTestId('mfa-totp')).toHaveTextContent('Added on'));
    expect(mfa.getByTestId('backup-codes-remaining')).toHaveTextContent('7 left');

    await user.click(mfa.getByRole('button', { name: 'I have saved them' }));
    expect(mfa.queryByTestId('backup-codes')).not.toBeInTheDocument();
  });

  it('shows no backup codes when the account already had some', async () => {
    const { mfa, user } = await mfaSection(fakeAccountApi({ enrollTotp: vi.fn(async () => ok(undefined)) }));
    await user.click(mfa.getByRole('button', { name: 'Set up an authenticator app' }));
    await confirmItsMe(mfa, user);
    await user.type(await mfa.findByLabelText('Authentication code'), '123456');
    await user.click(mfa.getByRole('button', { name: 'Turn on' }));
    expect(await mfa.findByTestId('mfa-saved')).toBeInTheDocument();
    expect(mfa.queryByTestId('backup-codes')).not.toBeInTheDocument();
  });

  it('says a wrong code in its own words and keeps the setup open', async () => {
    const { mfa, user } = await mfaSection(fakeAccountApi({ enrollTotp: vi.fn(async () => fail('mfa.invalid_code')) }));
    await user.click(mfa.getByRole('button', { name: 'Set up an authenticator app' }));
    await confirmItsMe(mfa, user);
    await user.type(await mfa.findByLabelText('Authentication code'), '000000');
    await user.click(mfa.getByRole('button', { name: 'Turn on' }));
    expect(await mfa.findByTestId('mfa-change-error')).toHaveTextContent('This code is not the right one, or was already used.');
    expect(mfa.getByLabelText('Authentication code')).toHaveAttribute('aria-invalid', 'true');
    expect(mfa.getByTestId('totp-secret')).toBeInTheDocument();
  });

  it('asks to confirm it is you again when the server refuses the proof', async () => {
    const { api, mfa, user } = await mfaSection(
      fakeAccountApi({
        createTotpSecret: vi
          .fn<AccountApi['createTotpSecret']>()
          .mockResolvedValueOnce(fail('account.verification_required'))
          .mockResolvedValue(ok({ verificationId: 'secret-2', secret: 'ABCD', otpauthUri: 'otpauth://totp/x', qr: 'data:,' })),
      }),
    );
    await user.click(mfa.getByRole('button', { name: 'Set up an authenticator app' }));
    await confirmItsMe(mfa, user);
    expect(await mfa.findByTestId('verify-again')).toBeInTheDocument();
    await confirmItsMe(mfa, user);
    expect(await mfa.findByTestId('totp-secret')).toHaveTextContent('ABCD');
    expect(api.verifyPassword).toHaveBeenCalledTimes(2);
  });

  it('removes the authenticator app', async () => {
    const { api, mfa, user } = await mfaSection(fakeAccountApi({ getMfa: vi.fn(async () => ok(withTotp)) }));
    await user.click(await mfa.findByRole('button', { name: 'Remove the authenticator app' }));
    await confirmItsMe(mfa, user);
    expect(await mfa.findByTestId('mfa-confirm')).toHaveTextContent('Your other sessions will be signed out');
    await user.click(mfa.getByRole('button', { name: 'Remove' }));
    expect(await mfa.findByTestId('mfa-saved')).toHaveTextContent('Your authenticator app was removed.');
    expect(api.removeTotp).toHaveBeenCalledWith('proof-1');
  });

  it('generates new backup codes, shown once, to download', async () => {
    const { blobs } = stubDownload();
    const codes = backupCodes().map((code) => code.replace('code', 'new'));
    const { api, mfa, user } = await mfaSection(
      fakeAccountApi({ getMfa: vi.fn(async () => ok(withTotp)), regenerateBackupCodes: vi.fn(async () => ok(codes)) }),
    );
    expect(await mfa.findByTestId('backup-codes-remaining')).toHaveTextContent('7 left');
    await user.click(mfa.getByRole('button', { name: 'Generate new backup codes' }));
    await confirmItsMe(mfa, user);
    expect(await mfa.findByTestId('mfa-confirm')).toHaveTextContent('stop working');
    await user.click(mfa.getByRole('button', { name: 'Generate' }));

    const list = await mfa.findByTestId('backup-codes');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(codes);
    expect(mfa.getByTestId('mfa-saved')).toHaveTextContent('the old ones no longer work. Your other sessions were signed out.');
    expect(api.regenerateBackupCodes).toHaveBeenCalledWith('proof-1');
    await user.click(mfa.getByRole('button', { name: 'Download' }));
    expect(await blobs[0]!.text()).toBe(codes.join('\n') + '\n');
    await user.click(mfa.getByRole('button', { name: 'I have saved them' }));
    expect(mfa.queryByTestId('backup-codes')).not.toBeInTheDocument();
  });

  it('turns codes by email on with a proof that is reused for the next change', async () => {
    const { api, mfa, user } = await mfaSection();
    await user.click(mfa.getByRole('button', { name: 'Turn on codes by email' }));
    await confirmItsMe(mfa, user);
    expect(await mfa.findByTestId('mfa-confirm')).toHaveTextContent('a code sent to ann@example.com');
    await user.click(within(mfa.getByTestId('mfa-confirm')).getByRole('button', { name: 'Turn on' }));
    expect(await mfa.findByTestId('mfa-saved')).toHaveTextContent('Codes by email are on. Your other sessions were signed out.');
    expect(api.setEmailCodeMfa).toHaveBeenCalledWith(true, proof().verificationId);

    await user.click(mfa.getByRole('button', { name: 'Set up an authenticator app' }));
    expect(await mfa.findByTestId('totp-secret')).toBeInTheDocument();
    expect(api.verifyPassword).toHaveBeenCalledOnce();
  });

  it('cannot turn codes by email on without a confirmed address, and says why', async () => {
    const api = fakeAccountApi({ getAccount: vi.fn(async () => ok(accountOf({ emailVerified: false }))) });
    const { mfa } = await mfaSection(api);
    expect(mfa.getByRole('button', { name: 'Turn on codes by email' })).toBeDisabled();
    expect(mfa.getByTestId('mfa-email')).toHaveTextContent('Confirm your email address to get codes by email.');
  });

  it('forgets one remembered browser, then all', async () => {
    const browsers = [
      { id: 'b1', createdAt: '2026-03-01T09:00:00Z', expiresAt: '2026-03-31T09:00:00Z', userAgent: FIREFOX_WINDOWS },
      { id: 'b2', createdAt: '2026-03-02T09:00:00Z', expiresAt: '2026-04-01T09:00:00Z' },
      { id: 'b3', createdAt: '2026-03-03T09:00:00Z', expiresAt: '2026-04-02T09:00:00Z' },
    ];
    const { api, mfa, user } = await mfaSection(fakeAccountApi({ getMfa: vi.fn(async () => ok(mfaOf({ rememberedBrowsers: browsers }))) }));
    const remembered = within(mfa.getByTestId('remembered-browsers'));
    expect(remembered.getAllByTestId('remembered-browser')).toHaveLength(3);
    expect(remembered.getAllByTestId('remembered-browser')[0]).toHaveTextContent('Firefox on Windows');

    await user.click(remembered.getByRole('button', { name: 'Forget Firefox on Windows' }));
    expect(api.forgetBrowser).toHaveBeenCalledWith('b1');
    await waitFor(() => expect(remembered.getAllByTestId('remembered-browser')).toHaveLength(2));
    expect(remembered.getByTestId('browsers-forgotten')).toHaveTextContent('The browser was forgotten');
    expect(api.verifyPassword).not.toHaveBeenCalled();

    await user.click(remembered.getByRole('button', { name: 'Forget all' }));
    expect(api.forgetAllBrowsers).toHaveBeenCalledOnce();
    expect(await remembered.findByText('No browser is remembered.')).toBeInTheDocument();
    expect(remembered.getByTestId('browsers-forgotten')).toHaveTextContent('Every remembered browser was forgotten.');
  });

  it('shows a failure to read the settings translated', async () => {
    await renderAccountPage(fakeAccountApi({ getMfa: vi.fn(async () => fail('internal.server_error')) }));
    expect(await section('account-mfa').findByTestId('mfa-error')).toHaveTextContent('The server ran into a problem.');
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    await renderAccountPage(fakeAccountApi({ getMfa: vi.fn(async () => ok(withTotp)) }));
    expect(await screen.findByRole('region', { name: 'Authentification à deux facteurs' })).toBeInTheDocument();
    const mfa = section('account-mfa');
    expect(mfa.getByRole('button', { name: 'Générer de nouveaux codes de secours' })).toBeInTheDocument();
    expect(mfa.getByRole('button', { name: "Supprimer l'application d'authentification" })).toBeInTheDocument();
    expect(mfa.getByTestId('backup-codes-remaining')).toHaveTextContent('7 restants');
  });
});
