import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { base64url } from '../oidc/pkce';
import { AccountCallback } from './AccountCallback';
import { signInUrl } from './auth/oidc';
import { storedToken } from './auth/token';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** Starts a sign-in from this tab; its state and nonce. */
async function started() {
  const url = new URL(await signInUrl(undefined, window.location.origin), window.location.origin);
  return { state: url.searchParams.get('state')!, nonce: url.searchParams.get('nonce')! };
}

describe('AccountCallback', () => {
  it('keeps the tokens and shows the account page in place of the callback', async () => {
    const { state, nonce } = await started();
    const idToken = `e30.${base64url(new TextEncoder().encode(JSON.stringify({ nonce })))}.sig`;
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ access_token: 'at-9', id_token: idToken, expires_in: 300 }), { status: 200 }),
    );
    window.history.replaceState(null, '', `/account/callback?code=c9&state=${state}`);
    render(<AccountCallback assign={vi.fn()} />);
    await waitFor(() => expect(window.location.pathname).toBe('/account'));
    expect(window.location.search).toBe('');
    expect(storedToken()?.accessToken).toBe('at-9');
  });

  it('says the sign-in was cancelled, and offers to sign in again', async () => {
    const { state } = await started();
    window.history.replaceState(null, '', `/account/callback?error=access_denied&state=${state}`);
    const assign = vi.fn();
    render(<AccountCallback assign={assign} />);
    expect(await screen.findByTestId('account-callback-error')).toHaveTextContent('The sign-in was cancelled.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(new URL(assign.mock.calls[0]![0] as string, window.location.origin).pathname).toBe('/oidc/auth');
  });

  it('refuses a callback this tab did not ask for, in French too', async () => {
    await i18n.changeLanguage('fr');
    await started();
    window.history.replaceState(null, '', '/account/callback?code=c1&state=forged');
    render(<AccountCallback assign={vi.fn()} />);
    expect(await screen.findByTestId('account-callback-error')).toHaveTextContent("Cette connexion n'a pas été lancée depuis cet onglet");
    expect(storedToken()).toBeUndefined();
  });
});
