import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingSocial } from '../../flows/social/pending';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, identitiesOf, identityOf, ok, proof } from '../../test/fakeAccountApi';
import type { AccountApi } from '../api/accountApi';
import { asResumeAction, type ResumeAction } from './resume';
import { forgetHandedOverProof, handedOverProof, verifyAccountWith } from './social';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

/** An account created at a provider: no password, no confirmed address, one linked identity. */
const providerOnly = () =>
  fakeAccountApi({
    getAccount: vi.fn(async () => ok(accountOf({ hasPassword: false, emailVerified: false }))),
    listIdentities: vi.fn(async () => ok(identitiesOf([identityOf({ canUnlink: false })]))),
  });

/** The callback page made a proof for `resume` (`proof-social`, valid long enough). */
async function backFromProvider(resume?: ResumeAction, made = proof('proof-social')) {
  const entry: PendingSocial = {
    state: 's'.repeat(43),
    verificationId: 'verify-1',
    connectorId: 'upstream',
    connectorName: 'Upstream',
    flow: 'verify-account',
    returnTo: '/account',
    resume,
    savedAt: Date.now(),
  };
  const result = await verifyAccountWith(fakeAccountApi({ verifySocial: vi.fn(async () => ok(made)) }))(entry, { code: 'c' });
  expect(result).toEqual(ok(undefined));
}

describe('a proof handed over by the callback page', () => {
  it('is read until forgotten, and only while valid and well-formed', async () => {
    await backFromProvider({ section: 'mfa', task: 'enrollTotp' });
    expect(handedOverProof()).toEqual({ proof: proof('proof-social'), resume: { section: 'mfa', task: 'enrollTotp' } });
    forgetHandedOverProof();
    expect(handedOverProof()).toBeUndefined();

    await backFromProvider(undefined, proof('old', '2020-01-01T00:00:00Z'));
    expect(handedOverProof()).toBeUndefined();
    sessionStorage.setItem('gatehouse.account.verified', '{not json');
    expect(handedOverProof()).toBeUndefined();
    sessionStorage.setItem('gatehouse.account.verified', JSON.stringify({ proof: proof(), resume: { section: 7 } }));
    expect(handedOverProof()).toEqual({ proof: proof() });
  });

  it('keeps no proof when the provider does not prove an identity of the account', async () => {
    const api = fakeAccountApi({ verifySocial: vi.fn(async () => fail('account.identity_not_linked')) });
    const entry: PendingSocial = {
      state: 's'.repeat(43),
      verificationId: 'verify-1',
      connectorId: 'upstream',
      flow: 'verify-account',
      returnTo: '/account',
      savedAt: 0,
    };
    expect(await verifyAccountWith(api)(entry, { code: 'c' })).toEqual(fail('account.identity_not_linked'));
    expect(handedOverProof()).toBeUndefined();
  });

  it('accepts only a well-formed action to resume', () => {
    expect(asResumeAction({ section: 'mfa', task: 'removeTotp' })).toEqual({ section: 'mfa', task: 'removeTotp' });
    expect(asResumeAction({ section: 'delete' })).toEqual({ section: 'delete' });
    expect(asResumeAction({ section: '' })).toBeUndefined();
    expect(asResumeAction({ section: 'mfa', task: 3 })).toBeUndefined();
    expect(asResumeAction('delete')).toBeUndefined();
    expect(asResumeAction(null)).toBeUndefined();
  });
});

describe('the account page, back from a provider the user proved identity at', () => {
  it('lets the user redo an action without verifying again, once', async () => {
    await backFromProvider();
    const { api } = await renderAccountPage(providerOnly());
    expect(handedOverProof()).toBeUndefined();
    const user = userEvent.setup();
    // Nothing opens by itself.
    expect(screen.queryByTestId('verify')).not.toBeInTheDocument();
    await user.click(section('account-delete').getByRole('button', { name: 'Delete account' }));
    await user.type(section('account-delete').getByLabelText('Type DELETE to confirm'), 'delete');
    await user.click(section('account-delete').getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(api.deleteAccount).toHaveBeenCalledWith('proof-social'));
  });

  it('takes up a two-factor change where it was', async () => {
    await backFromProvider({ section: 'mfa', task: 'enrollTotp' });
    const { api } = await renderAccountPage(providerOnly());
    const mfa = section('account-mfa');
    expect(await mfa.findByTestId('totp-secret')).toBeInTheDocument();
    expect(api.createTotpSecret).toHaveBeenCalledWith('proof-social');
    expect(mfa.queryByTestId('verify')).not.toBeInTheDocument();
  });

  it('takes up an unlink once the linked accounts are read, and a link', async () => {
    await backFromProvider({ section: 'identities', task: 'unlink:id-2' });
    const gitlab = identityOf({ id: 'id-2', connectorId: 'gitlab', connectorName: 'GitLab' });
    const listIdentities = vi.fn<AccountApi['listIdentities']>(async () => ok(identitiesOf([identityOf(), gitlab])));
    const { api } = await renderAccountPage(fakeAccountApi({ listIdentities }));
    const identities = section('account-identities');
    const task = await identities.findByTestId('identity-task');
    expect(task).toHaveTextContent('Unlink your GitLab account?');
    await userEvent.setup().click(within(task).getByRole('button', { name: 'Unlink' }));
    await waitFor(() => expect(api.unlinkIdentity).toHaveBeenCalledWith('id-2', 'proof-social'));
  });

  it('takes up a link to another provider', async () => {
    await backFromProvider({ section: 'identities', task: 'link:gitlab' });
    await renderAccountPage(providerOnly());
    const task = await section('account-identities').findByTestId('identity-task');
    expect(within(task).getByRole('button', { name: 'Continue to GitLab' })).toBeEnabled();
  });

  it.each([
    ['setting a first password', 'password', 'account-password', 'New password'],
    ['deleting the account', 'delete', 'account-delete', 'Type DELETE to confirm'],
    ['changing the email', 'email', 'account-email', 'New email address'],
  ])('takes up %s', async (_, name, testId, label) => {
    await backFromProvider({ section: name });
    await renderAccountPage(providerOnly());
    expect(await section(testId).findByLabelText(label)).toBeInTheDocument();
    expect(screen.queryByTestId('verify')).not.toBeInTheDocument();
  });

  it('opens nothing for an action that is no longer there, and keeps the proof', async () => {
    await backFromProvider({ section: 'identities', task: 'unlink:gone' });
    const { api } = await renderAccountPage(providerOnly());
    await waitFor(() => expect(api.listIdentities).toHaveBeenCalled());
    await section('account-identities').findAllByTestId('identity-row');
    expect(screen.queryByTestId('identity-task')).not.toBeInTheDocument();
    await userEvent.setup().click(section('account-password').getByRole('button', { name: 'Set a password' }));
    expect(section('account-password').getByLabelText('New password')).toBeInTheDocument();
  });
});
