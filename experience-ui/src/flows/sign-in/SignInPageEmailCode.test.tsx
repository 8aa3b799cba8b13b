import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import {
  fail,
  fakeApi,
  mfaStep,
  ok,
  passwordStep,
  sendCodeStep,
  signInExperience,
  submitStep,
  verifyCodeStep,
  view,
} from '../../test/fakeApi';
import { SignInPage } from './SignInPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<SignInPage deps={deps} />);
  return deps;
}

const signingIn = { interactionEvent: 'SignIn' } as const;
/** A server offering both ways: the password first, the email code beside it. */
const choice = ok(view([passwordStep, sendCodeStep], signingIn));
const codeSent = ok(view([verifyCodeStep('ann@example.com', 'code-1')], signingIn));
const identified = ok(view([submitStep], { ...signingIn, identified: true }));
const offered = { getSignInExperience: vi.fn(async () => ok(signInExperience({ emailCode: true }))) };

async function askForCode(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Sign in with an email code' }));
  await user.type(screen.getByLabelText('Email'), 'ann@example.com');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
}

beforeEach(() => i18n.changeLanguage('en'));

describe('SignInPage, sign-in by email code', () => {
  it('signs in with a mailed code: address, a neutral notice, code, then the redirect', async () => {
    const api = fakeApi([choice, codeSent, identified], offered);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await askForCode(user);

    // The page never says the address has an account.
    expect(await screen.findByTestId('code-sent-to')).toHaveTextContent(
      'If ann@example.com belongs to an account, we sent it a 6-digit code.',
    );
    await user.type(screen.getByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.sendCode).toHaveBeenCalledWith('ann@example.com', 'SignIn');
    expect(api.verifyCode).toHaveBeenCalledWith('ann@example.com', 'code-1', '123456');
    expect(api.identify).toHaveBeenCalledWith('code-1');
    expect(api.verifyPassword).not.toHaveBeenCalled();
  });

  it('keeps the user on the code with a translated error when the code is wrong', async () => {
    const api = fakeApi([choice, codeSent], { ...offered, verifyCode: vi.fn(async () => fail('verification_code.mismatch')) });
    renderPage(api);
    const user = userEvent.setup();
    await askForCode(user);
    await user.type(await screen.findByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This code is not the right one.'));
    expect(screen.getByLabelText('Verification code')).toBeInTheDocument();
    expect(api.identify).not.toHaveBeenCalled();
  });

  it('goes on to the second factor after the code', async () => {
    const api = fakeApi([choice, codeSent, ok(view([mfaStep({ factors: ['totp'] })], { ...signingIn, identified: true }))], offered);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await askForCode(user);
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('Enter the 6-digit code from your authenticator app.')).toBeInTheDocument();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('tells an account whose only second factor is the mailbox to use its password', async () => {
    const api = fakeApi([choice, codeSent], { ...offered, identify: vi.fn(async () => fail('session.password_required')) });
    renderPage(api);
    const user = userEvent.setup();
    await askForCode(user);
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('sign in with your password instead'));
    await user.click(screen.getByRole('button', { name: 'Sign in with a password instead' }));
    await waitFor(() => expect(api.startInteraction).toHaveBeenCalledWith('SignIn'));
  });

  it('offers no email code when the server does not', async () => {
    renderPage(fakeApi([ok(view([passwordStep], signingIn))], { getSignInExperience: vi.fn(async () => ok(signInExperience())) }));
    // The sign-in experience has been read once "remember me" shows.
    expect(await screen.findByLabelText('Remember me')).toBeInTheDocument();
    expect(screen.queryByTestId('email-code-link')).not.toBeInTheDocument();
  });

  it('asks for the address at once when the code is the only way in', async () => {
    const api = fakeApi([ok(view([sendCodeStep], signingIn)), codeSent], {
      getSignInExperience: vi.fn(async () => ok(signInExperience({ local: false, emailCode: true }))),
    });
    renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'ann@example.com');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByLabelText('Verification code')).toBeInTheDocument();
    expect(screen.queryByTestId('password-instead')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([choice, codeSent], offered));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Se connecter avec un code envoyé par e-mail' }));
    await user.type(screen.getByLabelText('Adresse e-mail'), 'ann@example.com');
    await user.click(screen.getByRole('button', { name: 'Envoyer le code' }));
    expect(await screen.findByTestId('code-sent-to')).toHaveTextContent('Si ann@example.com correspond à un compte');
  });
});
