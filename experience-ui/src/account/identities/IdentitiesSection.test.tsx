import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pendingSocial } from '../../flows/social/pending';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { fail, fakeAccountApi, identitiesOf, identityOf, ok } from '../../test/fakeAccountApi';
import type { AccountApi } from '../api/accountApi';
import { linkIdentityWith } from './link';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

type User = ReturnType<typeof userEvent.setup>;

async function identitiesSection(api: AccountApi = fakeAccountApi()) {
  const rendered = await renderAccountPage(api);
  await screen.findByTestId('account-identities');
  return { ...rendered, identities: section('account-identities'), user: userEvent.setup() };
}

async function confirmItsMe(identities: ReturnType<typeof section>, user: User) {
  await user.type(identities.getByLabelText('Current password'), 'old-password-1');
  await user.click(identities.getByRole('button', { name: 'Confirm' }));
}

describe('IdentitiesSection', () => {
  it('lists each linked account with its provider, who it is and when it was linked and used', async () => {
    const { identities } = await identitiesSection();
    expect(screen.getByRole('region', { name: 'Linked accounts' })).toHaveAttribute('data-testid', 'account-identities');
    const [row] = identities.getAllByTestId('identity-row');
    expect(within(row!).getByTestId('identity-provider')).toHaveTextContent('Upstream');
    expect(within(row!).getByTestId('identity-who')).toHaveTextContent('ann@upstream.example');
    expect(row).toHaveTextContent('Linked on February 10, 2026');
    expect(row).toHaveTextContent('last used');
    expect(within(row!).getByRole('button', { name: 'Unlink Upstream' })).toBeEnabled();
  });

  it('cannot unlink the last way to sign in, and says why', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => ok(identitiesOf([identityOf({ canUnlink: false, lastUsedAt: undefined })]))) });
    const { identities } = await identitiesSection(api);
    const unlink = await identities.findByRole('button', { name: 'Unlink Upstream' });
    expect(unlink).toBeDisabled();
    expect(unlink).toHaveAccessibleDescription(
      'This is your only way to sign in: set a password or link another account before unlinking it.',
    );
    expect(identities.getByTestId('identity-row')).not.toHaveTextContent('last used');
  });

  it('unlinks after a verification and a confirmation, then lists what is left', async () => {
    const listIdentities = vi
      .fn<AccountApi['listIdentities']>()
      .mockResolvedValueOnce(ok(identitiesOf()))
      .mockResolvedValue(ok(identitiesOf([])));
    const { api, identities, user } = await identitiesSection(fakeAccountApi({ listIdentities }));
    await user.click(identities.getByRole('button', { name: 'Unlink Upstream' }));
    await confirmItsMe(identities, user);
    expect(await identities.findByTestId('identity-task')).toHaveTextContent('Unlink your Upstream account?');
    await user.click(within(identities.getByTestId('identity-task')).getByRole('button', { name: 'Unlink' }));

    expect(await identities.findByTestId('identities-saved')).toHaveTextContent('Your Upstream account is no longer linked.');
    expect(api.unlinkIdentity).toHaveBeenCalledWith('id-1', 'proof-1');
    expect(identities.getByTestId('identities-none')).toBeInTheDocument();
    expect(identities.queryByTestId('identity-task')).not.toBeInTheDocument();
  });

  it('shows a refused unlink translated', async () => {
    const api = fakeAccountApi({ unlinkIdentity: vi.fn(async () => fail('account.last_sign_in_method')) });
    const { identities, user } = await identitiesSection(api);
    await user.click(identities.getByRole('button', { name: 'Unlink Upstream' }));
    await confirmItsMe(identities, user);
    await user.click(within(await identities.findByTestId('identity-task')).getByRole('button', { name: 'Unlink' }));
    expect(await identities.findByTestId('identity-task-error')).toHaveTextContent(
      'This is your only way to sign in: set a password or link another account first.',
    );
    expect(identities.getAllByTestId('identity-row')).toHaveLength(1);
  });

  it('links another account: a verification, then the provider, keeping the proof for the callback page', async () => {
    const { api, assign, identities, user } = await identitiesSection();
    const link = identities.getByRole('button', { name: 'Link a GitLab account' });
    expect(link).toHaveAttribute('data-testid', 'link-connector-gitlab');
    expect(within(identities.getByTestId('link-connector-upstream')).getByRole('presentation')).toHaveAttribute('alt', '');
    await user.click(link);
    await confirmItsMe(identities, user);
    await user.click(await identities.findByRole('button', { name: 'Continue to GitLab' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://upstream.example/authorize?client_id=gh&state=s'));
    const [connectorId, state, redirectUri] = vi.mocked(api.identityAuthorizationUri).mock.calls[0]!;
    expect([connectorId, redirectUri]).toEqual(['gitlab', `${window.location.origin}/callback/gitlab`]);
    expect(pendingSocial(state)).toMatchObject({
      verificationId: 'link-1',
      connectorId: 'gitlab',
      flow: 'link-account',
      returnTo: '/account',
      proof: 'proof-1',
    });
  });

  it('says a link made on return from the provider, once', async () => {
    const api = fakeAccountApi();
    const link = linkIdentityWith(api);
    const entry = {
      state: 's'.repeat(43),
      verificationId: 'link-1',
      connectorId: 'gitlab',
      connectorName: 'GitLab',
      flow: 'link-account' as const,
      returnTo: '/account',
      proof: 'proof-1',
      savedAt: Date.now(),
    };
    expect(await link(entry, { code: 'c', state: entry.state })).toEqual(ok(undefined));
    expect(api.linkIdentity).toHaveBeenCalledWith('gitlab', 'link-1', { code: 'c', state: entry.state }, 'proof-1');

    const { identities } = await identitiesSection(api);
    expect(identities.getByTestId('identities-saved')).toHaveTextContent('Your GitLab account is now linked.');
    expect(sessionStorage.getItem('gatehouse.account.linked')).toBeNull();
  });

  it('asks for a proof again rather than linking without one', async () => {
    const api = fakeAccountApi();
    const entry = { state: 's'.repeat(43), verificationId: 'link-1', connectorId: 'gitlab', flow: 'link-account' as const, returnTo: '/account', savedAt: 0 };
    expect(await linkIdentityWith(api)(entry, { code: 'c' })).toEqual(fail('account.verification_required'));
    expect(api.linkIdentity).not.toHaveBeenCalled();
  });

  it('is absent while the server offers no provider and the account has no identity', async () => {
    const api = fakeAccountApi({ listIdentities: vi.fn(async () => ok({ identities: [], connectors: [] })) });
    await renderAccountPage(api);
    await waitFor(() => expect(api.listIdentities).toHaveBeenCalled());
    expect(screen.queryByTestId('account-identities')).not.toBeInTheDocument();
  });

  it('is in French too', async () => {
    await i18n.changeLanguage('fr');
    const { identities } = await identitiesSection();
    expect(screen.getByRole('region', { name: 'Comptes liés' })).toBeInTheDocument();
    expect(identities.getByRole('button', { name: 'Délier Upstream' })).toBeInTheDocument();
    expect(identities.getByRole('button', { name: 'Lier un compte GitLab' })).toBeInTheDocument();
  });
});
