import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import {
  consentStep,
  deniedRedirect,
  fail,
  fakeApi,
  ok,
  passwordStep,
  profileStep,
  signInExperience,
  submitStep,
  view,
} from '../../test/fakeApi';
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

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Incorrect identifier or password.'));
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
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Please try again.'));
  });

  it('shows the expired-session view', async () => {
    renderPage(fakeApi([fail('session.not_found')]));
    expect(await screen.findByTestId('session-expired')).toHaveTextContent(/go back to the application/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});

describe('SignInPage with remember me', () => {
  const offered = { getSignInExperience: vi.fn(async () => ok(signInExperience())) };
  const afterSubmit = ok(view([submitStep], { identified: true }));

  async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>, labels = ['Username', 'Password', 'Sign in']) {
    const [identifier = '', password = '', submit = ''] = labels;
    await user.type(screen.getByLabelText(identifier), 'alice');
    await user.type(screen.getByLabelText(password), 'pw');
    await user.click(screen.getByRole('button', { name: submit }));
  }

  it('offers an unchecked checkbox and sends the checked choice before submitting', async () => {
    const api = fakeApi([ok(view([passwordStep])), afterSubmit], offered);
    const deps = renderPage(api);
    const user = userEvent.setup();
    const checkbox = await screen.findByRole('checkbox', { name: 'Remember me' });
    expect(checkbox).not.toBeChecked();

    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    await fillAndSubmit(user);

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.rememberMe).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('sends an unchecked box as false', async () => {
    const api = fakeApi([ok(view([passwordStep])), afterSubmit], offered);
    const deps = renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Remember me')).not.toBeChecked();
    await fillAndSubmit(user);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.rememberMe).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('starts checked after a reload when the choice was already made', async () => {
    renderPage(fakeApi([ok(view([passwordStep], { rememberMe: true }))], offered));
    expect(await screen.findByLabelText('Remember me')).toBeChecked();
  });

  it('has no checkbox, and sends no choice, when the server does not offer it', async () => {
    const api = fakeApi([ok(view([passwordStep])), afterSubmit], {
      getSignInExperience: vi.fn(async () =>
        ok({ ...signInExperience({ rememberMe: false }), application: { clientId: 'rp', name: 'Branded RP' } }),
      ),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    // The branded name shows the sign-in experience has been read.
    expect(await screen.findByRole('heading', { name: 'Sign in to Branded RP' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();

    await fillAndSubmit(user);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.rememberMe).not.toHaveBeenCalled();
  });

  it('shows the translated error when the server refuses the choice', async () => {
    const api = fakeApi([ok(view([passwordStep])), afterSubmit], {
      ...offered,
      rememberMe: vi.fn(async () => fail('session.remember_me_disabled')),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Remember me'));
    await fillAndSubmit(user);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Remember me is turned off on this server.'));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    const api = fakeApi([ok(view([passwordStep])), afterSubmit], {
      ...offered,
      rememberMe: vi.fn(async () => fail('session.remember_me_disabled')),
    });
    renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Se souvenir de moi' }));
    await fillAndSubmit(user, ["Nom d'utilisateur", 'Mot de passe', 'Se connecter']);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('La fonction « Se souvenir de moi » est désactivée sur ce serveur.'),
    );
  });
});

describe('SignInPage on the consent step', () => {
  const consentView = view(
    [
      {
        type: 'consent',
        scopes: ['openid', 'profile', 'email', 'offline_access', 'calendar.read'],
        application: { clientId: 'tp', name: 'Third Party' },
      },
      submitStep,
    ],
    { identified: true },
  );

  function scopes() {
    return within(screen.getByTestId('consent-scopes'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
  }

  it('names the application and lists the scopes in plain English, unknown ones by name', async () => {
    renderPage(fakeApi([ok(consentView)]));
    expect(await screen.findByRole('heading', { name: 'Third Party wants to access your account' })).toBeInTheDocument();
    expect(scopes()).toEqual([
      'Confirm who you are',
      'Your name and username',
      'Your email address and whether it is confirmed',
      'Stay connected when you are not using the app',
      'calendar.read',
    ]);
    expect(screen.getByRole('button', { name: 'Allow' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Deny' })).toBeEnabled();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([ok(consentView)]));
    expect(await screen.findByRole('heading', { name: 'Third Party souhaite accéder à votre compte' })).toBeInTheDocument();
    expect(scopes()).toEqual([
      'Confirmer votre identité',
      "Votre nom et votre nom d'utilisateur",
      'Votre adresse e-mail et si elle est confirmée',
      "Rester connecté quand vous n'utilisez pas l'application",
      'calendar.read',
    ]);
    expect(screen.getByRole('button', { name: 'Autoriser' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Refuser' })).toBeEnabled();
  });

  it('disables both buttons while allowing, then submits and navigates', async () => {
    let answer: (r: ApiResult<void>) => void = () => {};
    const views = [ok(view([consentStep, submitStep], { identified: true })), ok(view([submitStep], { identified: true }))];
    const api = fakeApi(views, {
      allowConsent: vi.fn(() => new Promise<ApiResult<void>>((resolve) => (answer = resolve))),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Allow' }));

    expect(screen.getByRole('button', { name: 'Allow' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Deny' })).toBeDisabled();
    answer(ok(undefined));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.submit).toHaveBeenCalledOnce();
    expect(screen.getByText('Signing you in…')).toBeInTheDocument();
  });

  it('denies and goes back to the application', async () => {
    const api = fakeApi([ok(view([consentStep, submitStep], { identified: true }))]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deny' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith(deniedRedirect));
    expect(api.submit).not.toHaveBeenCalled();
    expect(screen.getByText('Returning to the application…')).toBeInTheDocument();
  });

  it('shows a failure in the alert region and lets the user choose again', async () => {
    const api = fakeApi([ok(view([consentStep, submitStep], { identified: true }))], {
      denyConsent: vi.fn(async () => fail('session.consent_required')),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Deny' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Allow or deny the application's access before continuing."));
    expect(screen.getByRole('button', { name: 'Allow' })).toBeEnabled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });
});

describe('SignInPage with registration', () => {
  it('links to the registration page when registration is open', async () => {
    renderPage(
      fakeApi([ok(view([passwordStep]))], {
        getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true, openRegistration: true }))),
      }),
    );
    const link = await screen.findByRole('link', { name: 'Create an account' });
    expect(link).toHaveAttribute('href', '/register');
    expect(screen.getByTestId('create-account')).toHaveTextContent('No account yet? Create an account');
  });

  it('has no link when registration is off', async () => {
    renderPage(
      fakeApi([ok(view([passwordStep]))], {
        getSignInExperience: vi.fn(async () =>
          ok({ ...signInExperience(), application: { clientId: 'rp', name: 'Branded RP' } }),
        ),
      }),
    );
    // The branded name shows the sign-in experience has been read.
    expect(await screen.findByRole('heading', { name: 'Sign in to Branded RP' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create an account' })).not.toBeInTheDocument();
  });

  it('has no link when the sign-in experience cannot be read', async () => {
    renderPage(fakeApi([ok(view([passwordStep]))]));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(
      fakeApi([ok(view([passwordStep]))], {
        getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true }))),
      }),
    );
    expect(await screen.findByRole('link', { name: 'Créer un compte' })).toHaveAttribute('href', '/register');
  });

  it('reads the interaction again when the back button restores the page from the cache', async () => {
    const api = fakeApi([
      ok(view([passwordStep], { interactionEvent: 'SignIn' })),
      ok(view([profileStep, submitStep], { interactionEvent: 'Register' })),
      ok(view([passwordStep], { interactionEvent: 'SignIn' })),
    ]);
    renderPage(api);
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();

    // A fresh page load (not from the cache) changes nothing.
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
    expect(api.getInteraction).toHaveBeenCalledOnce();

    // Restored after "Create an account": the interaction is a registration by now.
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await waitFor(() => expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn'));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(api.getInteraction).toHaveBeenCalledTimes(3);
  });

  it('signs in again over a registration left half-way (the back button)', async () => {
    const api = fakeApi([ok(view([profileStep, submitStep], { interactionEvent: 'Register' })), ok(view([passwordStep]))]);
    renderPage(api);
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn');
  });
});

describe('SignInPage "Forgot password?"', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('links to the reset page, with the query, when password reset is on', async () => {
    window.history.replaceState(null, '', '/sign-in?ui_locales=fr');
    renderPage(
      fakeApi([ok(view([passwordStep]))], {
        getSignInExperience: vi.fn(async () => ok(signInExperience({}, {}, true))),
      }),
    );
    const link = await screen.findByTestId('forgot-password-link');
    expect(link).toHaveTextContent('Forgot password?');
    expect(link).toHaveAttribute('href', '/forgot-password?ui_locales=fr');
  });

  it('has no link when password reset is off', async () => {
    renderPage(
      fakeApi([ok(view([passwordStep]))], {
        getSignInExperience: vi.fn(async () => ok({ ...signInExperience(), application: { clientId: 'rp', name: 'Branded RP' } })),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Sign in to Branded RP' })).toBeInTheDocument();
    expect(screen.queryByTestId('forgot-password-link')).not.toBeInTheDocument();
  });
});
