import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { challengeFor } from '../../test/captcha';
import {
  connectors,
  fail,
  fakeApi,
  identityNotLinkedStep,
  mfaStep,
  ok,
  passwordStep,
  signInExperience,
  submitStep,
  view,
} from '../../test/fakeApi';
import { pendingSocial } from '../social/pending';
import { SignInPage } from './SignInPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<SignInPage deps={deps} />);
  return deps;
}

const withConnectors = (extra: Parameters<typeof signInExperience>[0] = {}, signUp: Parameters<typeof signInExperience>[1] = {}) => ({
  getSignInExperience: vi.fn(async () => ok(signInExperience({ connectors: connectors(), ...extra }, signUp))),
});

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('SignInPage provider buttons', () => {
  it('shows a button per provider of the sign-in experience, in order, under the form', async () => {
    renderPage(fakeApi([ok(view([passwordStep]))], withConnectors()));
    const upstream = await screen.findByRole('button', { name: 'Continue with Upstream' });
    expect(upstream).toHaveAttribute('data-testid', 'connector-upstream');
    // The logo is decorative: the text names the provider.
    const logo = within(upstream).getByRole('presentation');
    expect(logo).toHaveAttribute('src', '/logos/upstream.svg');
    expect(logo).toHaveAttribute('alt', '');
    expect(within(screen.getByTestId('connector-gitlab')).queryByRole('presentation')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('connectors')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Continue with Upstream',
      'Continue with GitLab',
    ]);
    expect(screen.getByTestId('connectors-separator')).toHaveTextContent('or');
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
  });

  it('shows none when the sign-in experience lists none, or cannot be read', async () => {
    renderPage(fakeApi([ok(view([passwordStep]))], { getSignInExperience: vi.fn(async () => ok(signInExperience())) }));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Remember me')).toBeInTheDocument());
    expect(screen.queryByTestId('connectors')).not.toBeInTheDocument();
    expect(screen.queryByTestId('connectors-separator')).not.toBeInTheDocument();
  });

  it('shows only the buttons when local sign-in is off', async () => {
    renderPage(fakeApi([ok(view([passwordStep]))], withConnectors({ local: false }, { enabled: true })));
    expect(await screen.findByTestId('connector-upstream')).toBeInTheDocument();
    expect(screen.getByText('Choose how to sign in.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByTestId('connectors-separator')).not.toBeInTheDocument();
    expect(screen.getByTestId('create-account')).toBeInTheDocument();
  });

  it('goes to the provider, keeping the request for the callback page', async () => {
    window.history.replaceState(null, '', '/sign-in?ui_locales=fr');
    const api = fakeApi([ok(view([passwordStep], { interactionEvent: 'SignIn' }))], withConnectors());
    const deps = renderPage(api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Continue with Upstream' }));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('https://upstream.example/authorize?client_id=gh&state=s'));
    const [connectorId, state, redirectUri] = vi.mocked(api.socialAuthorizationUri).mock.calls[0]!;
    expect([connectorId, redirectUri]).toEqual(['upstream', `${window.location.origin}/callback/upstream`]);
    expect(pendingSocial(state)).toMatchObject({
      verificationId: 'social-1',
      connectorId: 'upstream',
      flow: 'sign-in',
      returnTo: '/sign-in?ui_locales=fr',
    });
    expect(api.verifyPassword).not.toHaveBeenCalled();
  });

  it('shows a refusal translated, with or without the form', async () => {
    const api = fakeApi([ok(view([passwordStep]))], {
      ...withConnectors({ local: false }),
      socialAuthorizationUri: vi.fn(async () => fail('social.disabled')),
    });
    const deps = renderPage(api);
    await userEvent.setup().click(await screen.findByTestId('connector-gitlab'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Signing in with another provider is turned off on this server.'));
    expect(screen.getByTestId('connector-gitlab')).toBeEnabled();
    expect(deps.navigate).not.toHaveBeenCalled();
  });
});

describe('SignInPage when no account has the identity', () => {
  const notLinked = (extra: Parameters<typeof identityNotLinkedStep>[0] = {}) =>
    ok(view([identityNotLinkedStep(extra)], { interactionEvent: 'SignIn' }));

  it('names the provider and who it says the user is, with both choices', async () => {
    renderPage(fakeApi([notLinked()], withConnectors()));
    expect(await screen.findByText('No account is linked to this Upstream account yet.')).toBeInTheDocument();
    expect(screen.getByTestId('upstream-identity')).toHaveTextContent('Upstream says you are Ann Upstream (ann@upstream.example).');
    expect(screen.getByRole('button', { name: 'Create a new account' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Link to my existing account' })).toBeEnabled();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderPage(fakeApi([notLinked()], withConnectors()));
    expect(await screen.findByText("Aucun compte n'est encore lié à ce compte Upstream.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Créer un nouveau compte' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lier à mon compte existant' })).toBeInTheDocument();
  });

  it('creates an account with it: the interaction becomes a registration, and the registration page goes on', async () => {
    window.history.replaceState(null, '', '/sign-in?ui_locales=en');
    const api = fakeApi([notLinked()], withConnectors());
    const deps = renderPage(api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Create a new account' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/register?ui_locales=en'));
    expect(api.changeInteractionEvent).toHaveBeenCalledExactlyOnceWith('Register');
    // Not a new interaction: that would forget the identity.
    expect(api.startInteraction).not.toHaveBeenCalled();
  });

  it('solves the captcha a registration needs first', async () => {
    const api = fakeApi([notLinked()], {
      ...withConnectors({}, { enabled: true, captcha: true }),
      getCaptcha: vi.fn(async () => ok(await challengeFor(5))),
    });
    const deps = renderPage(api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Create a new account' }));
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/register'));
    const [event, token] = vi.mocked(api.changeInteractionEvent).mock.calls[0]!;
    expect(event).toBe('Register');
    expect((JSON.parse(atob(token!)) as { number: number }).number).toBe(5);
  });

  it('shows a refused registration on the step', async () => {
    const api = fakeApi([notLinked()], {
      ...withConnectors(),
      changeInteractionEvent: vi.fn(async () => fail('session.registration_disabled')),
    });
    const deps = renderPage(api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Create a new account' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Creating an account is turned off on this server.'));
    expect(deps.navigate).not.toHaveBeenCalled();
  });

  it("links it to the account whose password is given, then goes on to the second factor", async () => {
    const api = fakeApi([notLinked(), ok(view([mfaStep(), submitStep], { identified: true, interactionEvent: 'SignIn' }))], withConnectors());
    renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Link to my existing account' }));
    expect(screen.getByText(/Sign in to your existing account: your Upstream account will be linked to it/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'ann');
    await user.type(screen.getByLabelText('Password'), 'pw-123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('mfa-step')).toBeInTheDocument();
    expect(api.verifyPassword).toHaveBeenCalledWith('username', 'ann', 'pw-123456');
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('ver-1', 'social-1');
    expect(api.submit).not.toHaveBeenCalled();
  });

  it('keeps the password form with the error when the password is wrong, and goes back to the choice', async () => {
    const api = fakeApi([notLinked()], { ...withConnectors(), verifyPassword: vi.fn(async () => fail('session.invalid_credentials')) });
    renderPage(api);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Link to my existing account' }));
    await user.type(screen.getByLabelText('Username'), 'ann');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Incorrect identifier or password.'));
    expect(api.identify).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Create a new account' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('offers only what the server allows, and always another way to sign in', async () => {
    const api = fakeApi([notLinked({ register: false, link: false }), ok(view([passwordStep], { interactionEvent: 'SignIn' }))], withConnectors());
    renderPage(api);
    expect(await screen.findByTestId('identity-no-choice')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create a new account' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Link to my existing account' })).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in another way' }));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(api.startInteraction).toHaveBeenCalledExactlyOnceWith('SignIn');
  });

  it('resumes a link after a reload: identifies with both verifications', async () => {
    const api = fakeApi([
      ok(view([{ type: 'identify', verificationId: 'pw-9', linkVerificationId: 'social-1' }], { interactionEvent: 'SignIn' })),
      ok(view([submitStep], { identified: true })),
    ]);
    const deps = renderPage(api);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('pw-9', 'social-1');
  });
});
