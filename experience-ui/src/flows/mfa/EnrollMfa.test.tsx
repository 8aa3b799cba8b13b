import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { stubDownload } from '../../test/download';
import { backupCodes, enrollMfaStep, fail, fakeApi, ok, profileStep, submitStep, totpSecret, view } from '../../test/fakeApi';
import { RegisterPage } from '../register/RegisterPage';
import { SignInPage } from '../sign-in/SignInPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<SignInPage deps={deps} />);
  return deps;
}

const enrolling = ok(view([enrollMfaStep, submitStep], { identified: true }));
const done = ok(view([submitStep], { identified: true }));

async function confirmFirstCode(user: ReturnType<typeof userEvent.setup>, code = '123456') {
  await user.type(await screen.findByLabelText('Authentication code'), code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}

beforeEach(() => i18n.changeLanguage('en'));

describe('enrolling an authenticator app while signing in', () => {
  it('shows the QR code and the key as text, grouped for reading but whole in the page', async () => {
    const api = fakeApi([enrolling]);
    renderPage(api);
    const enroll = within(await screen.findByTestId('mfa-enroll'));
    expect(enroll.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toHaveAttribute(
      'src',
      totpSecret().qr,
    );
    const secret = enroll.getByTestId('totp-secret');
    expect(secret.textContent).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(secret).toHaveAttribute('data-secret', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(secret.children).toHaveLength(8);
    expect(secret.children[0]).toHaveTextContent('JBSW');
    expect(enroll.getByRole('link', { name: 'Open in an authenticator app on this device' })).toHaveAttribute(
      'href',
      totpSecret().otpauthUri,
    );
    expect(api.createTotpSecret).toHaveBeenCalledOnce();
  });

  it('copies the key', async () => {
    renderPage(fakeApi([enrolling]));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Copy key' }));
    expect(await navigator.clipboard.readText()).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(screen.getByText('Copied.')).toBeInTheDocument();
  });

  it('confirms the first code, then shows the backup codes once, to copy or download, before going on', async () => {
    const { blobs, names } = stubDownload();
    const api = fakeApi([enrolling, done]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await confirmFirstCode(user, '123 456');

    const list = await screen.findByTestId('backup-codes');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(backupCodes());
    expect(api.verifyTotp).toHaveBeenCalledExactlyOnceWith('123456', 'totp-1');
    expect(api.enrollTotp).toHaveBeenCalledExactlyOnceWith('mfa-1');
    expect(screen.queryByTestId('totp-secret')).not.toBeInTheDocument();
    expect(deps.navigate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(backupCodes().join('\n') + '\n');
    await user.click(screen.getByRole('button', { name: 'Download' }));
    expect(names).toEqual(['gatehouse-backup-codes.txt']);
    expect(await blobs[0]!.text()).toBe(backupCodes().join('\n') + '\n');

    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(screen.queryByTestId('backup-codes')).not.toBeInTheDocument();
    expect(api.submit).toHaveBeenCalledOnce();
  });

  it('shows a wrong first code translated, and adds nothing', async () => {
    const api = fakeApi([enrolling], { verifyTotp: vi.fn(async () => fail('mfa.invalid_code')) });
    renderPage(api);
    await confirmFirstCode(userEvent.setup(), '000000');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This code is not the right one, or was already used.'));
    expect(screen.getByLabelText('Authentication code')).toHaveAttribute('aria-invalid', 'true');
    expect(api.enrollTotp).not.toHaveBeenCalled();
    expect(screen.getByTestId('totp-secret')).toBeInTheDocument();
  });

  it('after an accepted code, tries adding the app again without asking for another code', async () => {
    const api = fakeApi([enrolling, done], {
      enrollTotp: vi
        .fn<ExperienceApi['enrollTotp']>()
        .mockResolvedValueOnce(fail('internal.server_error'))
        .mockResolvedValue(ok(backupCodes())),
    });
    renderPage(api);
    const user = userEvent.setup();
    await confirmFirstCode(user);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The server ran into a problem.'));
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('backup-codes')).toBeInTheDocument();
    expect(api.verifyTotp).toHaveBeenCalledOnce();
    expect(api.enrollTotp).toHaveBeenCalledTimes(2);
  });

  it('says so when no secret can be made, and tries again on request', async () => {
    const api = fakeApi([enrolling], {
      createTotpSecret: vi
        .fn<ExperienceApi['createTotpSecret']>()
        .mockResolvedValueOnce(fail('mfa.disabled'))
        .mockResolvedValue(ok(totpSecret('totp-2'))),
    });
    renderPage(api);
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Two-factor authentication is turned off on this server.'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await confirmFirstCode(user);
    await waitFor(() => expect(api.verifyTotp).toHaveBeenCalledWith('123456', 'totp-2'));
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([enrolling, done]));
    const user = userEvent.setup();
    expect(await screen.findByRole('img', { name: "QR code à scanner avec votre application d'authentification" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Code d'authentification"), '123456');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByRole('button', { name: 'Je les ai enregistrés' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger' })).toBeInTheDocument();
  });

  it('happens in a registration too, when the operator requires two-factor', async () => {
    const api = fakeApi([ok(view([enrollMfaStep, submitStep], { interactionEvent: 'Register', identified: true })), done]);
    const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
    render(<RegisterPage deps={deps} />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('mfa-enroll')).toBeInTheDocument();
    expect(screen.queryByTestId('sign-in-instead')).not.toBeInTheDocument();
    await confirmFirstCode(user);
    await user.click(await screen.findByRole('button', { name: 'I have saved them' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
  });
  it('after the registration\'s submit says an app is required, shows the setup and goes on', async () => {
    const registering = ok(view([profileStep, submitStep], { interactionEvent: 'Register' }));
    const complete = ok(view([submitStep], { interactionEvent: 'Register' }));
    const created = ok(view([enrollMfaStep, submitStep], { interactionEvent: 'Register', identified: true }));
    const api = fakeApi([registering, complete, created, complete], {
      submit: vi
        .fn<ExperienceApi['submit']>()
        .mockResolvedValueOnce(fail('session.mfa_enrollment_required'))
        .mockResolvedValue(ok('/oidc/auth/resume')),
    });
    const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
    render(<RegisterPage deps={deps} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'newbie');
    await user.type(screen.getByLabelText('Password'), 'Bright-Sparrow-83!');
    await user.type(screen.getByLabelText('Confirm password'), 'Bright-Sparrow-83!');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByTestId('mfa-enroll')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await confirmFirstCode(user);
    await user.click(await screen.findByRole('button', { name: 'I have saved them' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.submit).toHaveBeenCalledTimes(2);
    expect(api.startInteraction).not.toHaveBeenCalled();
  });
});
