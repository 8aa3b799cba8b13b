import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import {
  fail,
  fakeApi,
  ok,
  resetPasswordStep,
  sendCodeStep,
  submitStep,
  verifyCodeStep,
  view,
} from '../../test/fakeApi';
import { ForgotPasswordPage } from './ForgotPasswordPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<ForgotPasswordPage deps={deps} />);
  return deps;
}

const resetting = { interactionEvent: 'ForgotPassword' } as const;
const asking = ok(view([sendCodeStep, submitStep], resetting));
const codeSent = ok(view([verifyCodeStep('ann@example.com', 'code-1'), submitStep], resetting));
const identified = ok(view([resetPasswordStep, submitStep], { ...resetting, identified: true }));
const done = ok(view([submitStep], { ...resetting, identified: true }));
const strong = 'Bright-Sparrow-83!';

function rules() {
  return within(screen.getByTestId('password-rules'))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
}

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('ForgotPasswordPage', () => {
  it('resets the password: address, code (shown in demo mode), new password, then the redirect', async () => {
    const api = fakeApi([asking, codeSent, identified, done], {
      sendCode: vi.fn(async () => ok({ verificationId: 'code-1', code: '123456' })),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Reset your password for Relying Party' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), ' ann@example.com ');
    expect(screen.getByLabelText('Email')).toHaveAttribute('data-testid', 'email-input');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    expect(await screen.findByTestId('code-sent-to')).toHaveTextContent('ann@example.com');
    expect(screen.getByTestId('demo-code')).toHaveTextContent('Demo mode: your code is 123456');
    expect(screen.getByTestId('resend-code')).toBeDisabled();
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await user.type(await screen.findByLabelText('New password'), strong);
    await user.type(screen.getByLabelText('Confirm new password'), strong);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.sendCode).toHaveBeenCalledWith('ann@example.com', 'ForgotPassword');
    expect(api.verifyCode).toHaveBeenCalledWith('ann@example.com', 'code-1', '123456');
    expect(api.setNewPassword).toHaveBeenCalledWith(strong);
    expect(screen.getByText('Password changed. Signing you in…')).toBeInTheDocument();
  });

  it('shows a refused address, translated', async () => {
    renderPage(fakeApi([asking], { sendCode: vi.fn(async () => fail('user.invalid_email')) }));
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('email-input'), 'not-an-address');
    await user.click(screen.getByTestId('send-code'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This email address is not valid.'));
    expect(screen.getByTestId('email-input')).toHaveAttribute('aria-invalid', 'true');
  });

  it('resends the code to the same address', async () => {
    const api = fakeApi([codeSent, ok(view([verifyCodeStep('ann@example.com', 'code-2'), submitStep], resetting))], {
      sendCode: vi.fn(async () => ok({ verificationId: 'code-2' })),
    });
    renderPage(api);
    const user = userEvent.setup();
    // After a reload the page knows of no cooldown: the server's limit answers if needed.
    await user.click(await screen.findByTestId('resend-code'));
    await waitFor(() => expect(screen.getByTestId('resend-code')).toHaveTextContent(/Resend code in \d+ s/));
    expect(api.sendCode).toHaveBeenCalledExactlyOnceWith('ann@example.com', 'ForgotPassword');
  });

  it('refuses new passwords that differ without calling the server, and lists broken rules', async () => {
    const api = fakeApi([identified], {
      setNewPassword: vi.fn(async () => fail('user.weak_password', ['password.too_short', 'password.too_common'])),
    });
    renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('new-password-input'), 'passwd');
    await user.type(screen.getByTestId('confirm-password-input'), 'passwd!');
    await user.click(screen.getByTestId('reset-password-submit'));
    expect(screen.getByTestId('passwords-differ')).toHaveTextContent('The passwords do not match.');
    expect(api.setNewPassword).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('confirm-password-input'));
    await user.type(screen.getByTestId('confirm-password-input'), 'passwd');
    await user.click(screen.getByTestId('reset-password-submit'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Choose a stronger password.'));
    expect(rules()).toEqual([
      'The password is too short.',
      'This password is too common: it is among the first ones attackers try.',
    ]);
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when password reset is off, with the way back to sign-in and no retry', async () => {
    window.history.replaceState(null, '', '/forgot-password?ui_locales=en');
    renderPage(fakeApi([ok(view([{ type: 'startInteraction', events: ['SignIn'] }]))], {
      startInteraction: vi.fn(async () => fail('session.password_reset_disabled')),
    }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Password reset is turned off on this server.'));
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByTestId('back-to-sign-in')).toHaveAttribute('href', '/sign-in?ui_locales=en');
  });

  it('speaks French', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([identified]));
    expect(await screen.findByLabelText('Nouveau mot de passe')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirmez le nouveau mot de passe')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réinitialiser le mot de passe' })).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'Réinitialisez votre mot de passe pour Relying Party' })).toBeInTheDocument();
  });
});
