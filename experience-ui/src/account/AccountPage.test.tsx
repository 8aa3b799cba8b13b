import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { renderAccountPage } from '../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok } from '../test/fakeAccountApi';
import { storedToken } from './auth/token';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

function authorizationRequest(assign: ReturnType<typeof vi.fn>) {
  return new URL(assign.mock.calls[0]![0] as string, window.location.origin);
}

describe('AccountPage', () => {
  it('shows who is signed in and every section, each with its test id', async () => {
    await renderAccountPage();
    expect(screen.getByRole('heading', { name: 'Your account', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('account-user')).toHaveTextContent('Ann Example');
    for (const testId of ['account-profile', 'account-email', 'account-password', 'account-sessions', 'account-apps', 'account-delete']) {
      expect(screen.getByTestId(testId)).toBeInTheDocument();
    }
    // Once its settings are read: the operator may not allow two-factor.
    expect(await screen.findByTestId('account-mfa')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Profile' })).toHaveAttribute('data-testid', 'account-profile');
  });

  it('has no delete section when the server does not allow it', async () => {
    const account = accountOf({ canChange: { ...accountOf().canChange, delete: false } });
    await renderAccountPage(fakeAccountApi({ getAccount: vi.fn(async () => ok(account)) }));
    expect(screen.queryByTestId('account-delete')).not.toBeInTheDocument();
  });

  it('signs in first when the tab has no token, keeping return_to for the way back', async () => {
    window.history.replaceState(null, '', '/account?return_to=https%3A%2F%2Fshop.example.com%2F');
    const { assign, api } = await renderAccountPage(fakeAccountApi(), { token: false });
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    const url = authorizationRequest(assign);
    expect(url.pathname).toBe('/oidc/auth');
    expect(url.searchParams.get('client_id')).toBe('gatehouse-account');
    expect(JSON.parse(sessionStorage.getItem('gatehouse.account.signIn') ?? '{}').returnTo).toBe('https://shop.example.com/');
    expect(api.getAccount).not.toHaveBeenCalled();
  });

  it('forgets a token the server no longer accepts and signs in again', async () => {
    const api = fakeAccountApi({ getAccount: vi.fn(async () => fail('account.invalid_token')) });
    const { assign } = await renderAccountPage(api, { settle: false });
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(authorizationRequest(assign).pathname).toBe('/oidc/auth');
    expect(storedToken()).toBeUndefined();
  });

  it('shows a failure in its own words, never the server message, and tries again', async () => {
    const api = fakeAccountApi({
      getAccount: vi.fn().mockResolvedValueOnce(fail('internal.server_error')).mockResolvedValue(ok(accountOf())),
    });
    await renderAccountPage(api, { settle: false });
    expect(await screen.findByTestId('account-error')).toHaveTextContent('The server ran into a problem. Try again later.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('account-user')).toHaveTextContent('Ann Example');
  });

  it('signs out: drops the token and ends the session with the ID token as hint', async () => {
    const { assign } = await renderAccountPage();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    const url = authorizationRequest(assign);
    expect(url.pathname).toBe('/oidc/session/end');
    expect(url.searchParams.get('client_id')).toBe('gatehouse-account');
    expect(url.searchParams.get('id_token_hint')).toBe('id.token.sig');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${window.location.origin}/account`);
    expect(storedToken()).toBeUndefined();
  });

  it('says the user is signed out when coming back from signing out, and signs in on request', async () => {
    sessionStorage.setItem('gatehouse.account.signedOut', '1');
    const { assign } = await renderAccountPage(fakeAccountApi(), { token: false });
    expect(screen.getByTestId('account-signed-out')).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(authorizationRequest(assign).pathname).toBe('/oidc/auth');
  });

  it("links back to the application of return_to when it is one of the user's applications", async () => {
    window.history.replaceState(null, '', '/account?return_to=https%3A%2F%2Fshop.example.com%2Forders');
    await renderAccountPage();
    const back = await screen.findByRole('link', { name: 'Back to Shop' });
    expect(back).toHaveAttribute('href', 'https://shop.example.com/orders');
  });

  it('never links back to another site', async () => {
    window.history.replaceState(null, '', '/account?return_to=https%3A%2F%2Fevil.example%2F');
    await renderAccountPage();
    expect(screen.queryByTestId('back-to-app')).not.toBeInTheDocument();
  });

  it('shows the page in the language the account prefers', async () => {
    await renderAccountPage(fakeAccountApi({ getAccount: vi.fn(async () => ok(accountOf({ locale: 'fr' }))) }));
    expect(await screen.findByRole('heading', { name: 'Votre compte', level: 1 })).toBeInTheDocument();
  });
});
