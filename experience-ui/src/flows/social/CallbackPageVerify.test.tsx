import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountApi } from '../../account/api/accountApi';
import { handedOverProof, verifyAccountWith } from '../../account/verification/social';
import type { ApiResult } from '../../api/experience';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok, proof } from '../../test/fakeAccountApi';
import { fakeApi } from '../../test/fakeApi';
import type { CallbackDeps } from './callback';
import { CallbackPage } from './CallbackPage';
import { keepPendingSocial, pendingSocial, type PendingSocial } from './pending';

const STATE = 'state-kept-by-the-account-page-0123';

/** What the account page kept when the user chose "Verify with Upstream" before setting a password. */
function keep(extra: Partial<PendingSocial> = {}) {
  keepPendingSocial({
    state: STATE,
    verificationId: 'verify-1',
    connectorId: 'upstream',
    connectorName: 'Upstream',
    flow: 'verify-account',
    returnTo: '/account',
    resume: { section: 'password' },
    savedAt: Date.now(),
    ...extra,
  });
}

/** The provider sent the browser back with `query`; the account API is `account`. */
function renderCallback(query: string, account: AccountApi = fakeAccountApi(), extra: Partial<CallbackDeps> = {}) {
  window.history.replaceState(null, '', `/callback/upstream?${query}`);
  const deps: CallbackDeps = { api: fakeApi([]), verifyAccount: verifyAccountWith(account), replace: vi.fn(), ...extra };
  render(
    <StrictMode>
      <CallbackPage connectorId="upstream" deps={deps} />
    </StrictMode>,
  );
  return deps;
}

const denied = (upstreamError: string): ApiResult<never> => ({ ok: false, code: 'social.authorization_denied', upstreamError });

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe("CallbackPage's verify-account", () => {
  it("makes a proof of identity of the provider's answer, once, and goes back to the account with it", async () => {
    keep();
    const account = fakeAccountApi();
    const deps = renderCallback(`code=c-1&state=${STATE}`, account);
    expect(screen.getByRole('heading', { name: "Confirming it's you" })).toBeInTheDocument();
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/account'));
    expect(account.verifySocial).toHaveBeenCalledExactlyOnceWith('upstream', 'verify-1', { code: 'c-1', state: STATE });
    // Not a sign-in: the interaction's verification is not touched.
    expect(deps.api.verifySocial).not.toHaveBeenCalled();
    expect(pendingSocial(STATE)).toBeUndefined();
    expect(handedOverProof()).toEqual({ proof: proof('proof-social'), resume: { section: 'password' } });
  });

  it('back on the account page, takes up the action with that proof, without asking again', async () => {
    keep();
    const deps = renderCallback(`code=c-1&state=${STATE}`);
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/account'));

    // An account created at the provider: no password, no confirmed address.
    const api = fakeAccountApi({ getAccount: vi.fn(async () => ok(accountOf({ hasPassword: false, emailVerified: false }))) });
    await renderAccountPage(api);
    const password = section('account-password');
    const user = userEvent.setup();
    await user.type(await password.findByLabelText('New password'), 'A-new-password-9');
    await user.type(password.getByLabelText('Confirm new password'), 'A-new-password-9');
    await user.click(password.getByRole('button', { name: 'Save password' }));
    await waitFor(() => expect(api.setPassword).toHaveBeenCalledWith('A-new-password-9', 'proof-social'));
    expect(screen.queryByTestId('verify')).not.toBeInTheDocument();
    // Handed over once: a reload asks again.
    expect(handedOverProof()).toBeUndefined();
  });

  it('shows a refusal translated, with the way back to the account', async () => {
    keep();
    const account = fakeAccountApi({ verifySocial: vi.fn(async () => fail('account.identity_not_linked')) });
    const deps = renderCallback(`code=c&state=${STATE}`, account);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This external account is not linked to your account.'));
    expect(screen.getByRole('heading', { name: 'Your identity could not be confirmed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to your account' }));
    expect(deps.replace).toHaveBeenCalledExactlyOnceWith('/account');
    expect(handedOverProof()).toBeUndefined();
    expect(pendingSocial(STATE)).toBeUndefined();
  });

  it('says the user cancelled at the provider, naming it, in French too', async () => {
    await i18n.changeLanguage('fr');
    keep();
    const account = fakeAccountApi({ verifySocial: vi.fn(async () => denied('access_denied')) });
    renderCallback(`error=access_denied&state=${STATE}`, account);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Vous avez annulé la connexion chez Upstream.'));
    expect(screen.getByRole('heading', { name: "Votre identité n'a pas pu être confirmée" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retour à votre compte' })).toBeInTheDocument();
    expect(account.verifySocial).toHaveBeenCalledWith('upstream', 'verify-1', { error: 'access_denied', state: STATE });
  });

  it('sends the answer again after a network failure', async () => {
    keep();
    const verifySocial = vi.fn<AccountApi['verifySocial']>().mockResolvedValueOnce(fail('network')).mockResolvedValue(ok(proof('proof-2')));
    const deps = renderCallback(`code=c&state=${STATE}`, fakeAccountApi({ verifySocial }));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(deps.replace).toHaveBeenCalledWith('/account'));
    expect(verifySocial).toHaveBeenCalledTimes(2);
    expect(handedOverProof()?.proof).toEqual(proof('proof-2'));
  });

  it('refuses an answer for another provider than the request was made to, without asking the server', async () => {
    keep({ connectorId: 'gitlab' });
    const account = fakeAccountApi();
    renderCallback(`code=c&state=${STATE}`, account);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("The provider's answer does not match"));
    expect(screen.getByRole('button', { name: 'Back to your account' })).toBeInTheDocument();
    expect(account.verifySocial).not.toHaveBeenCalled();
  });

  it('fails without a way to verify here', async () => {
    keep();
    const deps = renderCallback(`code=c&state=${STATE}`, fakeAccountApi(), { verifyAccount: undefined });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This sign-in step is not supported by this app yet.'));
    expect(deps.api.verifySocial).not.toHaveBeenCalled();
  });
});
