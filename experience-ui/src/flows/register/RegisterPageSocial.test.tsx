import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import {
  connectors,
  emailProfileStep,
  fakeApi,
  ok,
  profileStep,
  redeemInvitationStep,
  signInExperience,
  submitStep,
  view,
} from '../../test/fakeApi';
import { pendingSocial } from '../social/pending';
import { RegisterPage } from './RegisterPage';

function renderPage(api: ExperienceApi) {
  const deps = { api, navigate: vi.fn(), onInteraction: vi.fn() };
  render(<RegisterPage deps={deps} />);
  return deps;
}

const offered = { getSignInExperience: vi.fn(async () => ok(signInExperience({ connectors: connectors() }, { enabled: true }))) };

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('RegisterPage provider buttons', () => {
  it('offers the providers next to the form, and goes to one for this registration', async () => {
    window.history.replaceState(null, '', '/register');
    const api = fakeApi([ok(view([profileStep, submitStep], { interactionEvent: 'Register' }))], offered);
    const deps = renderPage(api);
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByTestId('connectors-separator')).toBeInTheDocument();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Continue with GitLab' }));

    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('https://upstream.example/authorize?client_id=gh&state=s'));
    const [connectorId, state] = vi.mocked(api.socialAuthorizationUri).mock.calls[0]!;
    expect(connectorId).toBe('gitlab');
    expect(pendingSocial(state)).toMatchObject({ connectorId: 'gitlab', flow: 'register', returnTo: '/register' });
    // The registration started by the page is the one the identity joins.
    expect(api.startInteraction).not.toHaveBeenCalled();
  });

  it('offers them before an address is proved by a code too', async () => {
    renderPage(fakeApi([ok(view([emailProfileStep, submitStep], { interactionEvent: 'Register' }))], offered));
    expect(await screen.findByTestId('connector-upstream')).toBeInTheDocument();
  });

  it('does not offer them before an invitation is redeemed, nor without any', async () => {
    renderPage(fakeApi([ok(view([redeemInvitationStep], { interactionEvent: 'Register' }))], offered));
    expect(await screen.findByLabelText('Invitation code')).toBeInTheDocument();
    expect(screen.queryByTestId('connectors')).not.toBeInTheDocument();
  });

  it('shows none when the sign-in experience lists none', async () => {
    renderPage(
      fakeApi([ok(view([profileStep, submitStep], { interactionEvent: 'Register' }))], {
        getSignInExperience: vi.fn(async () => ok(signInExperience({}, { enabled: true }))),
      }),
    );
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('connectors')).not.toBeInTheDocument());
  });

  it("back from the provider: identifies with the identity and creates the account", async () => {
    const api = fakeApi([
      ok(view([{ type: 'identify', verificationId: 'social-1' }], { interactionEvent: 'Register' })),
      ok(view([submitStep], { interactionEvent: 'Register' })),
    ]);
    const deps = renderPage(api);
    await waitFor(() => expect(deps.navigate).toHaveBeenCalledWith('/oidc/auth/resume'));
    expect(api.identify).toHaveBeenCalledExactlyOnceWith('social-1');
    expect(api.startInteraction).not.toHaveBeenCalled();
    expect(screen.getByText('Account created. Signing you in…')).toBeInTheDocument();
  });
});
