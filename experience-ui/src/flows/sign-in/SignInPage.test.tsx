import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { fail, fakeApi, ok, passwordStep, view } from '../../test/fakeApi';
import { SignInPage } from './SignInPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<SignInPage deps={deps} />);
  return deps;
}

beforeEach(() => i18n.changeLanguage('en'));

describe('SignInPage', () => {
  it('shows the application name and a labelled, prefilled form', async () => {
    renderPage(fakeApi([ok(view([passwordStep], { loginHint: 'alice' }))]));
    expect(await screen.findByRole('heading', { name: 'Sign in to Relying Party' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('alice');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('labels the identifier Email when sign-in is by email', async () => {
    renderPage(fakeApi([ok(view([{ type: 'verifyPassword', identifierTypes: ['email'] }]))]));
    expect(await screen.findByLabelText('Email')).toHaveAttribute('type', 'email');
  });

  it('shows the translated invalid-credentials error, never the server message', async () => {
    let answer: (r: ApiResult<string>) => void = () => {};
    const api = fakeApi([ok(view([passwordStep]))], {
      verifyPassword: vi.fn(() => new Promise<ApiResult<string>>((resolve) => (answer = resolve))),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    // While the request is in flight the button cannot be pressed again.
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    answer(fail('session.invalid_credentials'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect identifier or password.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(api.verifyPassword).toHaveBeenCalledWith('username', 'alice', 'wrong');
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('shows the error in French', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([ok(view([passwordStep]))], { verifyPassword: vi.fn(async () => fail('session.invalid_credentials')) }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Nom d'utilisateur"), 'alice');
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Identifiant ou mot de passe incorrect.'));
  });

  it('falls back to a generic message for an unknown code', async () => {
    renderPage(fakeApi([fail('teapot.brewing')]));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong. Please try again.');
  });

  it('shows the expired-session view', async () => {
    renderPage(fakeApi([fail('session.not_found')]));
    expect(await screen.findByTestId('session-expired')).toHaveTextContent(/go back to the application/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});
