import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pendingSocial } from '../../flows/social/pending';
import { i18n } from '../../i18n';
import { renderInAccount } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, identitiesOf, identityOf, ok, proof } from '../../test/fakeAccountApi';
import { Verify } from './Verify';

function renderVerify(options: Parameters<typeof renderInAccount>[1] = {}) {
  const handlers = { onVerified: vi.fn(), onCancel: vi.fn() };
  renderInAccount(<Verify idPrefix="test" {...handlers} />, options);
  return handlers;
}

beforeEach(() => i18n.changeLanguage('en'));

describe('Verify', () => {
  it('proves identity with the current password', async () => {
    const api = fakeAccountApi();
    const { onVerified } = renderVerify({ api });
    const user = userEvent.setup();
    expect(screen.getByRole('group', { name: "Confirm it's you" })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Current password'), 'hunter2-long');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledWith(proof()));
    expect(api.verifyPassword).toHaveBeenCalledWith('hunter2-long');
  });

  it('says a wrong password in its own words, and lets the user try again', async () => {
    const api = fakeAccountApi({ verifyPassword: vi.fn(async () => fail('account.invalid_password')) });
    const { onVerified } = renderVerify({ api });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('test-verify-error')).toHaveTextContent('This password is not the right one.');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
    expect(onVerified).not.toHaveBeenCalled();
  });

  it('proves identity with a code sent to the confirmed address when there is no password', async () => {
    const api = fakeAccountApi();
    const { onVerified } = renderVerify({ api, account: accountOf({ hasPassword: false }) });
    const user = userEvent.setup();
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    expect(await screen.findByTestId('code-sent-to')).toHaveTextContent('ann@example.com');
    await user.type(screen.getByLabelText('Verification code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onVerified).toHaveBeenCalledWith(proof('proof-code')));
    expect(api.sendVerificationCode).toHaveBeenCalledOnce();
    expect(api.verifyVerificationCode).toHaveBeenCalledWith('code-1', '123456');
  });

  it('offers the code instead of the password, and shows a wrong code translated', async () => {
    const api = fakeAccountApi({ verifyVerificationCode: vi.fn(async () => fail('verification_code.mismatch')) });
    const { onVerified } = renderVerify({ api });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Email me a code instead' }));
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await user.type(await screen.findByLabelText('Verification code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByTestId('test-verify-error')).toHaveTextContent('This code is not the right one.');
    expect(onVerified).not.toHaveBeenCalled();
  });

  it('asks for another code on request', async () => {
    const api = fakeAccountApi({ sendVerificationCode: vi.fn(async () => ok(proof('code-2'))) });
    renderVerify({ api, account: accountOf({ hasPassword: false }) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await user.click(await screen.findByRole('button', { name: 'Resend code' }));
    expect(api.sendVerificationCode).toHaveBeenCalledTimes(2);
  });

  it('says when the account has no way to prove identity: no password, no confirmed address, no linked account', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => ok(identitiesOf([]))) });
    const { onCancel } = renderVerify({ api, account: accountOf({ hasPassword: false, emailVerified: false }) });
    expect(await screen.findByTestId('verify-unavailable')).toHaveTextContent('no password, no confirmed email address and no linked account');
    expect(screen.queryByRole('button', { name: /^Verify with/ })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe('Verify with a linked provider', () => {
  afterEach(() => sessionStorage.clear());

  const noWayButLinked = () => accountOf({ hasPassword: false, emailVerified: false });

  it('is offered for each provider the account has an identity of, alongside the password', async () => {
    const api = fakeAccountApi({
      listIdentities: vi.fn(async () =>
        ok(identitiesOf([identityOf(), identityOf({ id: 'id-2' }), identityOf({ id: 'id-3', connectorId: 'gone', connectorName: 'gone' })])),
      ),
    });
    renderVerify({ api });
    const upstream = await screen.findByRole('button', { name: 'Verify with Upstream' });
    expect(upstream).toHaveAttribute('data-testid', 'verify-connector-upstream');
    // Decorative: the button's text names the provider.
    expect(within(upstream).getByRole('presentation')).toHaveAttribute('src', '/logos/upstream.svg');
    // Once per provider; none for a provider the account has no identity of, or the server no longer offers.
    expect(screen.getAllByRole('button', { name: /^Verify with/ })).toHaveLength(1);
    expect(screen.getByLabelText('Current password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Email me a code instead' })).toBeInTheDocument();
  });

  it('is not offered when the account has no linked identity', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => ok(identitiesOf([]))) });
    renderVerify({ api });
    await waitFor(() => expect(api.listIdentities).toHaveBeenCalled());
    await act(async () => undefined);
    expect(screen.queryByRole('button', { name: /^Verify with/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('test-verify-social')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toBeInTheDocument();
  });

  it('is not offered when the linked accounts cannot be read, but the password still is', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => fail('internal.server_error')) });
    renderVerify({ api });
    await waitFor(() => expect(api.listIdentities).toHaveBeenCalled());
    await act(async () => undefined);
    expect(screen.queryByRole('button', { name: /^Verify with/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toBeInTheDocument();
  });

  it('is the way for an account with neither a password nor a confirmed address: off to the provider, keeping the action to resume', async () => {
    const api = fakeAccountApi();
    const handlers = { onVerified: vi.fn(), onCancel: vi.fn() };
    const { assign } = renderInAccount(<Verify idPrefix="test" resume={{ section: 'mfa', task: 'enrollTotp' }} {...handlers} />, {
      api,
      account: noWayButLinked(),
    });
    expect(await screen.findByText('Sign in again with an account linked to yours to continue.')).toBeInTheDocument();
    expect(screen.queryByTestId('verify-unavailable')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Current password')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Verify with Upstream' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://upstream.example/authorize?prompt=login&state=s'));
    const [connectorId, state, redirectUri] = vi.mocked(api.verificationAuthorizationUri).mock.calls[0]!;
    expect([connectorId, redirectUri]).toEqual(['upstream', `${window.location.origin}/callback/upstream`]);
    expect(pendingSocial(state)).toMatchObject({
      verificationId: 'verify-1',
      connectorId: 'upstream',
      connectorName: 'Upstream',
      flow: 'verify-account',
      returnTo: '/account',
      resume: { section: 'mfa', task: 'enrollTotp' },
    });
    expect(screen.getByRole('button', { name: 'Verify with Upstream' })).toBeDisabled();
    expect(handlers.onVerified).not.toHaveBeenCalled();
  });

  it('shows a refusal translated, and stays', async () => {
    const api = fakeAccountApi({ verificationAuthorizationUri: vi.fn(async () => fail('account.identity_not_linked')) });
    const { assign } = renderInAccount(<Verify idPrefix="test" onVerified={vi.fn()} onCancel={vi.fn()} />, { api, account: noWayButLinked() });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Verify with Upstream' }));
    expect(await screen.findByTestId('test-verify-social-error')).toHaveTextContent('This external account is not linked to your account.');
    expect(assign).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
    expect(screen.getByRole('button', { name: 'Verify with Upstream' })).toBeEnabled();
  });

  it('says why when it is the only way and the linked accounts cannot be read', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => fail('internal.server_error')) });
    renderVerify({ api, account: noWayButLinked() });
    expect(await screen.findByTestId('test-verify-error')).toHaveTextContent('The server ran into a problem. Try again later.');
    expect(screen.queryByTestId('verify-unavailable')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('can be cancelled', async () => {
    const handlers = { onVerified: vi.fn(), onCancel: vi.fn() };
    renderInAccount(<Verify idPrefix="test" {...handlers} />, { account: noWayButLinked() });
    await screen.findByRole('button', { name: 'Verify with Upstream' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onCancel).toHaveBeenCalledOnce();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    renderVerify({ account: noWayButLinked() });
    expect(await screen.findByRole('button', { name: 'Vérifier avec Upstream' })).toBeInTheDocument();
    expect(screen.getByText('Reconnectez-vous avec un compte lié au vôtre pour continuer.')).toBeInTheDocument();
  });
});
