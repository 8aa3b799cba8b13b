import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, ExperienceApi } from '../../api/experience';
import { i18n } from '../../i18n';
import { connectors, fail, fakeApi, ok, signInExperience, view, passwordStep } from '../../test/fakeApi';
import type { CallbackDeps } from './callback';
import { CallbackPage } from './CallbackPage';
import { keepPendingSocial, pendingSocial, type PendingSocial } from './pending';

const STATE = 'state-kept-by-this-tab-0123456789';

function keep(extra: Partial<PendingSocial> = {}) {
  keepPendingSocial({
    state: STATE,
    verificationId: 'social-1',
    connectorId: 'upstream',
    connectorName: 'Upstream',
    flow: 'sign-in',
    returnTo: '/sign-in?ui_locales=en',
    savedAt: Date.now(),
    ...extra,
  });
}

/** The provider sent the browser back with `query`. */
function renderCallback(query: string, overrides: Partial<ExperienceApi> = {}, extra: Partial<CallbackDeps> = {}, strict = false) {
  window.history.replaceState(null, '', `/callback/upstream?${query}`);
  const deps: CallbackDeps = { api: fakeApi([], overrides), replace: vi.fn(), ...extra };
  const page = <CallbackPage connectorId="upstream" deps={deps} />;
  render(strict ? <StrictMode>{page}</StrictMode> : page);
  return deps;
}

const denied = (upstreamError: string): ApiResult<never> => ({ ok: false, code: 'social.authorization_denied', upstreamError });

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('CallbackPage', () => {
  it("completes the kept request's verification with the whole query, then goes back to the page, once", async () => {
    keep();
    const deps = renderCallback(`code=c-1&state=${STATE}&iss=https%3A%2F%2Fupstream.example`, {}, {}, true);
    expect(screen.getByTestId('callback-verifying')).toHaveTextContent('Checking the answer of the provider…');
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/sign-in?ui_locales=en'));
    expect(deps.api.verifySocial).toHaveBeenCalledExactlyOnceWith('upstream', 'social-1', {
      code: 'c-1',
      state: STATE,
      iss: 'https://upstream.example',
    });
    // Single use: a replayed callback finds nothing.
    expect(pendingSocial(STATE)).toBeUndefined();
  });

  it('goes back to the registration a request was made from', async () => {
    keep({ flow: 'register', returnTo: '/register' });
    const deps = renderCallback(`code=c-1&state=${STATE}`);
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/register'));
  });

  it('takes the state for the verification when this tab kept none (single-provider mode)', async () => {
    const deps = renderCallback('code=c-2&state=verification-the-server-made');
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/sign-in'));
    expect(deps.api.verifySocial).toHaveBeenCalledWith('upstream', 'verification-the-server-made', {
      code: 'c-2',
      state: 'verification-the-server-made',
    });
  });

  it('says the user cancelled at the provider, naming it, and leads back to the page', async () => {
    keep();
    const deps = renderCallback(`error=access_denied&state=${STATE}`, { verifySocial: vi.fn(async () => denied('access_denied')) });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('You cancelled the sign-in at Upstream.'));
    expect(screen.getByRole('heading', { name: 'The sign-in did not go through' })).toBeInTheDocument();
    expect(deps.api.verifySocial).toHaveBeenCalledWith('upstream', 'social-1', { error: 'access_denied', state: STATE });
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(deps.replace).toHaveBeenCalledWith('/sign-in?ui_locales=en');
    expect(pendingSocial(STATE)).toBeUndefined();
  });

  it('says it in French too', async () => {
    await i18n.changeLanguage('fr');
    keep({ flow: 'register', returnTo: '/register' });
    renderCallback(`error=access_denied&state=${STATE}`, { verifySocial: vi.fn(async () => denied('access_denied')) });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Vous avez annulé la connexion chez Upstream.'));
    expect(screen.getByRole('button', { name: 'Retour à la création de compte' })).toBeInTheDocument();
  });

  it("names the provider from the sign-in experience in single-provider mode", async () => {
    renderCallback('error=access_denied&state=verification-the-server-made', {
      verifySocial: vi.fn(async () => denied('access_denied')),
      getInteraction: vi.fn(async () => ok(view([passwordStep]))),
      getSignInExperience: vi.fn(async () => ok(signInExperience({ local: false, connectors: connectors() }))),
    });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('You cancelled the sign-in at Upstream.'));
  });

  it('translates any other refusal by its code', async () => {
    keep();
    renderCallback(`error=server_error&state=${STATE}`, { verifySocial: vi.fn(async () => denied('server_error')) });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The provider did not allow the sign-in.'));
    sessionStorage.clear();
    keep();
    renderCallback(`code=c&state=${STATE}`, { verifySocial: vi.fn(async () => fail('social.invalid_id_token')) });
    expect(await screen.findByText("The provider's answer could not be verified. Try again later.")).toBeInTheDocument();
  });

  it('refuses an answer for another provider than the request was made to, without asking the server', async () => {
    keep({ connectorId: 'gitlab' });
    const deps = renderCallback(`code=c&state=${STATE}`);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        "The provider's answer does not match the sign-in started in this browser. Start again.",
      ),
    );
    expect(deps.api.verifySocial).not.toHaveBeenCalled();
  });

  it('refuses an answer without a state', async () => {
    const deps = renderCallback('code=c');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('does not match the sign-in started in this browser'));
    expect(deps.api.verifySocial).not.toHaveBeenCalled();
  });

  it('sends the answer again after a network failure', async () => {
    keep();
    const verifySocial = vi.fn<ExperienceApi['verifySocial']>().mockResolvedValueOnce(fail('network')).mockResolvedValue(ok(undefined));
    const deps = renderCallback(`code=c&state=${STATE}`, { verifySocial });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/sign-in?ui_locales=en'));
    expect(verifySocial).toHaveBeenCalledTimes(2);
    expect(verifySocial.mock.calls[1]).toEqual(['upstream', 'social-1', { code: 'c', state: STATE }]);
  });

  it('links the identity to the signed-in account for the account pages, then goes back there', async () => {
    keep({ flow: 'link-account', returnTo: '/account', proof: 'proof-1' });
    const linkIdentity = vi.fn(async () => ok(undefined));
    const deps = renderCallback(`code=c&state=${STATE}`, {}, { linkIdentity });
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/account'));
    expect(linkIdentity).toHaveBeenCalledWith(expect.objectContaining({ verificationId: 'social-1', proof: 'proof-1' }), {
      code: 'c',
      state: STATE,
    });
    expect(deps.api.verifySocial).not.toHaveBeenCalled();
  });

  it("shows a refused link with the way back to the account", async () => {
    keep({ flow: 'link-account', returnTo: '/account', proof: 'proof-1' });
    const deps = renderCallback(`code=c&state=${STATE}`, {}, { linkIdentity: vi.fn(async () => fail('account.identity_already_linked')) });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This external account is already linked to an account.'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to your account' }));
    expect(deps.replace).toHaveBeenCalledWith('/account');
  });
});
