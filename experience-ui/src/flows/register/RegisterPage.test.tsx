import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { callLog, fail, fakeApi, ok, profileStep, submitStep, view } from '../../test/fakeApi';
import { RegisterPage } from './RegisterPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<RegisterPage deps={deps} />);
  return deps;
}

const fresh = ok(view([{ type: 'startInteraction', events: ['SignIn', 'Register'] }]));
const registering = ok(view([profileStep, submitStep], { interactionEvent: 'Register' }));
const complete = ok(view([submitStep], { interactionEvent: 'Register', profile: { username: 'newbie', invited: false, passwordSet: true } }));
const strong = 'Bright-Sparrow-83!';

type User = ReturnType<typeof userEvent.setup>;

async function fill(user: User, username: string, password: string, confirmation = password) {
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Confirm password'), confirmation);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

function rules() {
  return within(screen.getByTestId('password-rules'))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
}

beforeEach(() => i18n.changeLanguage('en'));

describe('RegisterPage', () => {
  it("names the application and shows a labelled form with the way back to sign-in", async () => {
    renderPage(fakeApi([fresh, registering]));
    expect(await screen.findByRole('heading', { name: 'Create your account for Relying Party' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Confirm password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Create account' })).toBeDisabled();
    expect(screen.getByTestId('sign-in-instead')).toHaveTextContent('Already have an account? Sign in');
  });

  it('creates the account: username, then password, then submit, then the redirect', async () => {
    let answer: (r: ApiResult<void>) => void = () => {};
    const api = fakeApi([fresh, registering, complete], {
      setProfile: vi.fn((type: string) =>
        type === 'password' ? new Promise<ApiResult<void>>((resolve) => (answer = resolve)) : Promise.resolve(ok(undefined)),
      ),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await fill(user, '  newbie ', strong);

    // While the request is in flight the button cannot be pressed again.
    expect(screen.getByRole('button', { name: 'Creating your account…' })).toBeDisabled();
    answer(ok(undefined));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.setProfile).toHaveBeenNthCalledWith(1, 'username', 'newbie');
    expect(api.setProfile).toHaveBeenNthCalledWith(2, 'password', strong);
    expect(callLog(api).slice(-4)).toEqual(['setProfile', 'setProfile', 'getInteraction', 'submit']);
    expect(screen.getByText('Account created. Signing you in…')).toBeInTheDocument();
  });

  it('refuses passwords that differ without calling the server', async () => {
    const api = fakeApi([registering]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await fill(user, 'newbie', strong, `${strong}?`);

    expect(screen.getByTestId('passwords-differ')).toHaveTextContent('The passwords do not match.');
    expect(screen.getByLabelText('Confirm password')).toHaveAttribute('aria-invalid', 'true');
    expect(api.setProfile).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();

    // Once they match the form goes through and the message goes away.
    await user.clear(screen.getByLabelText('Confirm password'));
    await user.type(screen.getByLabelText('Confirm password'), strong);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(api.setProfile).toHaveBeenCalledTimes(2));
    expect(screen.getByTestId('passwords-differ')).toBeEmptyDOMElement();
  });

  it('lists every broken password rule, translated, under the password field', async () => {
    const api = fakeApi([registering], {
      setProfile: vi.fn(async (type: string) =>
        type === 'password'
          ? fail('user.weak_password', ['password.too_short', 'password.too_simple', 'password.too_common'])
          : ok(undefined),
      ),
    });
    const deps = renderPage(api);
    const user = userEvent.setup();
    await fill(user, 'newbie', 'passwd');

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Choose a stronger password.'));
    expect(rules()).toEqual([
      'The password is too short.',
      'Mix at least three of: lowercase letters, uppercase letters, digits and other characters.',
      'This password is too common: it is among the first ones attackers try.',
    ]);
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/The password is too short\./);
    expect(screen.getByRole('button', { name: 'Create account' })).toBeEnabled();
    expect(api.submit).not.toHaveBeenCalled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it('lists the rules in French too', async () => {
    await i18n.changeLanguage('fr');
    const api = fakeApi([registering], {
      setProfile: vi.fn(async (type: string) =>
        type === 'password' ? fail('user.weak_password', ['password.too_simple', 'password.contains_identifier']) : ok(undefined),
      ),
    });
    renderPage(api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Nom d'utilisateur"), 'newbie');
    await user.type(screen.getByLabelText('Mot de passe'), 'newbie123');
    await user.type(screen.getByLabelText('Confirmez le mot de passe'), 'newbie123');
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Choisissez un mot de passe plus robuste.'));
    expect(screen.getByRole('heading', { name: 'Créez votre compte pour Relying Party' })).toBeInTheDocument();
    expect(rules()).toEqual([
      'Combinez au moins trois types de caractères parmi : minuscules, majuscules, chiffres et autres caractères.',
      "Le mot de passe ne doit pas contenir votre nom d'utilisateur ni le nom de votre adresse e-mail.",
    ]);
  });

  it('shows the translated message for a taken username and sends no password', async () => {
    const api = fakeApi([registering], { setProfile: vi.fn(async () => fail('user.username_taken')) });
    renderPage(api);
    const user = userEvent.setup();
    await fill(user, 'alice', strong);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This username is already taken.'));
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(rules()).toEqual([]);
    expect(api.setProfile).toHaveBeenCalledExactlyOnceWith('username', 'alice');
  });

  it.each([
    ['user.username_mixed_script', 'аlice', 'This username mixes letters from different alphabets'],
    ['user.username_invisible_characters', 'alice\u200b', 'This username contains invisible characters'],
  ])('explains %s on the username field', async (code, username, message) => {
    const api = fakeApi([registering], { setProfile: vi.fn(async () => fail(code)) });
    renderPage(api);
    await fill(userEvent.setup(), username, strong);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(api.setProfile).toHaveBeenCalledExactlyOnceWith('username', username);
  });

  it('clears the rules of a weak password when another attempt fails otherwise', async () => {
    const setProfile = vi
      .fn<ExperienceApi['setProfile']>()
      .mockResolvedValueOnce(ok(undefined))
      .mockResolvedValueOnce(fail('user.weak_password', ['password.too_common']))
      .mockResolvedValueOnce(fail('user.invalid_username'));
    renderPage(fakeApi([registering], { setProfile }));
    const user = userEvent.setup();
    await fill(user, 'newbie', 'password');
    await waitFor(() => expect(rules()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This username is not valid. Use letters and digits, without spaces or @.'),
    );
    expect(rules()).toEqual([]);
  });

  it('says when registration is off, with the way back to sign-in and no retry', async () => {
    const api = fakeApi([fresh], { startInteraction: vi.fn(async () => fail('session.registration_disabled')) });
    renderPage(api);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Creating an account is turned off on this server.'));
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says when registration is by invitation only, in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([fresh], { startInteraction: vi.fn(async () => fail('session.registration_invitation_only')) }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Sur ce serveur, les comptes sont créés uniquement sur invitation.',
      ),
    );
  });

  it('offers a retry for other failures', async () => {
    const api = fakeApi([fail('internal.server_error'), registering]);
    renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
  });

  it('goes back to signing in: the SignIn event, then the sign-in page', async () => {
    const api = fakeApi([registering]);
    const deps = renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Sign in' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/sign-in'));
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn');
  });

  it('shows the expired-session view', async () => {
    renderPage(fakeApi([fail('session.not_found')]));
    expect(await screen.findByTestId('session-expired')).toHaveTextContent(/go back to the application/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });
});
