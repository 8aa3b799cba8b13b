import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { callLog, enrollMfaStep, fail, fakeApi, mfaStep, ok, passwordStep, submitStep, view } from '../../test/fakeApi';
import { SignInPage } from '../sign-in/SignInPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<SignInPage deps={deps} />);
  return deps;
}

const done = ok(view([submitStep], { identified: true }));
const mfaView = (extra: Parameters<typeof mfaStep>[0] = {}) => ok(view([mfaStep(extra), submitStep], { identified: true }));

async function typeAndVerify(user: ReturnType<typeof userEvent.setup>, code: string, label = 'Authentication code', verify = 'Verify') {
  await user.type(await screen.findByLabelText(label), code);
  await user.click(screen.getByRole('button', { name: verify }));
}

beforeEach(() => i18n.changeLanguage('en'));

describe('the second-factor step', () => {
  it('asks for the app code after the password, then submits and navigates', async () => {
    const api = fakeApi([ok(view([passwordStep])), mfaView(), done]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const step = await screen.findByTestId('mfa-step');
    expect(step).toHaveTextContent('Enter the 6-digit code from your authenticator app.');
    expect(api.submit).not.toHaveBeenCalled();
    await typeAndVerify(user, '123 456');

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.verifyTotp).toHaveBeenCalledExactlyOnceWith('123456');
    expect(callLog(api).slice(-4)).toEqual(['rememberBrowser', 'verifyTotp', 'getInteraction', 'submit']);
  });

  it('sends a checked "Remember this browser" before the code', async () => {
    const api = fakeApi([mfaView(), done]);
    renderPage(api);
    const user = userEvent.setup();
    const checkbox = await screen.findByRole('checkbox', { name: 'Remember this browser' });
    expect(checkbox).not.toBeChecked();
    await user.click(checkbox);
    await typeAndVerify(user, '123456');
    await waitFor(() => expect(api.submit).toHaveBeenCalledOnce());
    expect(api.rememberBrowser).toHaveBeenCalledExactlyOnceWith(true);
    expect(callLog(api).indexOf('rememberBrowser')).toBeLessThan(callLog(api).indexOf('verifyTotp'));
  });

  it('has no checkbox, and sends no choice, when the step does not offer it', async () => {
    const api = fakeApi([mfaView({ rememberBrowser: false }), done]);
    renderPage(api);
    const user = userEvent.setup();
    await screen.findByTestId('mfa-step');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await typeAndVerify(user, '123456');
    await waitFor(() => expect(api.submit).toHaveBeenCalledOnce());
    expect(api.rememberBrowser).not.toHaveBeenCalled();
  });

  it('shows a refused choice translated, without checking the code', async () => {
    const api = fakeApi([mfaView()], { rememberBrowser: vi.fn(async () => fail('mfa.remember_browser_disabled')) });
    renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Remember this browser'));
    await typeAndVerify(user, '123456');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Remembering this browser is turned off on this server.'));
    expect(api.verifyTotp).not.toHaveBeenCalled();
  });

  it('shows a wrong code translated, marks the field, and lets the user try again', async () => {
    let answer: (r: ApiResult<string>) => void = () => {};
    const api = fakeApi([mfaView(), done], {
      verifyTotp: vi
        .fn<ExperienceApi['verifyTotp']>()
        .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
        .mockResolvedValue(ok('mfa-1')),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await typeAndVerify(user, '000000');
    expect(screen.getByRole('button', { name: 'Verifying…' })).toBeDisabled();
    answer(fail('mfa.invalid_code'));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This code is not the right one, or was already used.'));
    expect(screen.getByLabelText('Authentication code')).toHaveAttribute('aria-invalid', 'true');
    expect(deps.navigate).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Authentication code'));
    await typeAndVerify(user, '123456');
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([mfaView()], { verifyTotp: vi.fn(async () => fail('mfa.invalid_code')) }));
    const user = userEvent.setup();
    expect(await screen.findByRole('checkbox', { name: 'Se souvenir de ce navigateur' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Utiliser un code de secours' })).toBeInTheDocument();
    await typeAndVerify(user, '000000', "Code d'authentification", 'Vérifier');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Ce code n'est pas le bon, ou a déjà été utilisé."));
  });

  it('offers the other factors, and says how many backup codes are left before going on', async () => {
    const api = fakeApi([mfaView({ factors: ['totp', 'backupCode', 'emailCode'] }), done], {
      verifyBackupCode: vi.fn(async () => ok({ verificationId: 'mfa-1', remaining: 2 })),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    const choices = within(await screen.findByTestId('mfa-factors'));
    expect(choices.getAllByRole('button').map((b) => b.textContent)).toEqual(['Use a backup code', 'Email me a code']);

    await user.click(choices.getByRole('button', { name: 'Use a backup code' }));
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('mfa-factors')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Use your authenticator app',
      'Email me a code',
    ]);
    await typeAndVerify(user, ' abcd-1234 ', 'Backup code');

    expect(await screen.findByTestId('backup-codes-left')).toHaveTextContent('You have 2 backup codes left.');
    expect(screen.getByTestId('backup-code-accepted')).toHaveTextContent('Generate new backup codes');
    expect(api.verifyBackupCode).toHaveBeenCalledWith('abcd-1234');
    expect(deps.navigate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
  });

  it('mails a code on request and checks it against that verification', async () => {
    const api = fakeApi([mfaView({ factors: ['totp', 'emailCode'], maskedEmail: 'a***@example.com' }), done]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Email me a code' }));
    expect(await screen.findByText(/We sent a 6-digit code to a\*\*\*@example.com/)).toBeInTheDocument();
    expect(api.sendMfaEmailCode).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    expect(api.sendMfaEmailCode).toHaveBeenCalledTimes(2);
    await typeAndVerify(user, '654321');
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.verifyMfaEmailCode).toHaveBeenCalledWith('mfa-email-1', '654321');
  });

  it('with codes by email only, sends one when asked, not on load', async () => {
    const api = fakeApi([mfaView({ factors: ['emailCode'], rememberBrowser: false })], {
      sendMfaEmailCode: vi.fn(async () => ({ ok: false as const, code: 'rate_limit.exceeded', retryAfter: 30 })),
    });
    renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByTestId('mfa-step')).toHaveTextContent('We will email a 6-digit code to your email address.');
    expect(screen.queryByTestId('mfa-factors')).not.toBeInTheDocument();
    expect(api.sendMfaEmailCode).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.'));
  });

  it('back on the password step, says why, when the second factor came too late', async () => {
    const api = fakeApi([mfaView(), ok(view([passwordStep])), mfaView()], { verifyTotp: vi.fn(async () => fail('session.mfa_expired')) });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await typeAndVerify(user, '123456');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The second step of signing in took too long. Sign in again.');
    expect(screen.queryByTestId('mfa-step')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(api.getInteraction).toHaveBeenCalledTimes(2);

    // The message goes with the next attempt, which asks for the second factor again.
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('mfa-step')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('is told in French too', async () => {
    await i18n.changeLanguage('fr');
    const api = fakeApi([mfaView(), ok(view([passwordStep]))], { verifyTotp: vi.fn(async () => fail('session.mfa_expired')) });
    renderPage(api);
    await typeAndVerify(userEvent.setup(), '123456', "Code d'authentification", 'Vérifier');
    expect(await screen.findByLabelText('Mot de passe')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('La seconde étape de la connexion a pris trop de temps. Reconnectez-vous.');
  });

  it('back on the password step when submit says the second factor came too late', async () => {
    const api = fakeApi([mfaView(), done, ok(view([passwordStep]))], {
      submit: vi.fn(async () => fail('session.mfa_expired')),
    });
    renderPage(api);
    await typeAndVerify(userEvent.setup(), '123456');
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The second step of signing in took too long. Sign in again.');
    expect(callLog(api).slice(-4)).toEqual(['verifyTotp', 'getInteraction', 'submit', 'getInteraction']);
  });

  it('a code mailed too late lands on the password step too', async () => {
    const api = fakeApi([mfaView({ factors: ['emailCode'] }), ok(view([passwordStep]))], {
      sendMfaEmailCode: vi.fn(async () => fail('session.mfa_expired')),
    });
    renderPage(api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Email me a code' }));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('took too long');
  });

  it('shows the second-factor step, with no error, when submit says one is due', async () => {
    const api = fakeApi([ok(view([passwordStep])), done, mfaView(), done], {
      submit: vi.fn<ExperienceApi['submit']>().mockResolvedValueOnce(fail('session.mfa_required')).mockResolvedValue(ok('/oidc/auth/resume')),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('mfa-step')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await typeAndVerify(user, '123456');
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.submit).toHaveBeenCalledTimes(2);
  });

  it('shows the step a second-factor call says is due instead of its refusal', async () => {
    const api = fakeApi([mfaView(), ok(view([enrollMfaStep, submitStep], { identified: true }))], {
      verifyTotp: vi.fn(async () => fail('session.mfa_enrollment_required')),
    });
    renderPage(api);
    await typeAndVerify(userEvent.setup(), '123456');
    expect(await screen.findByTestId('mfa-enroll')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(api.createTotpSecret).toHaveBeenCalledOnce();
  });

  it('reads the interaction again once only: a submit refused again is shown', async () => {
    const api = fakeApi([mfaView(), done], { submit: vi.fn(async () => fail('session.mfa_required')) });
    const deps = renderPage(api);
    await typeAndVerify(userEvent.setup(), '123456');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Confirm it's you with a second step before continuing."));
    expect(api.submit).toHaveBeenCalledTimes(2);
    expect(deps.navigate).not.toHaveBeenCalled();
  });
});
