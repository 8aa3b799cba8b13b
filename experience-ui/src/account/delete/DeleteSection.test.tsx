import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { fail, fakeAccountApi } from '../../test/fakeAccountApi';
import { storedToken } from '../auth/token';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

async function confirmDeletion() {
  const remove = section('account-delete');
  const user = userEvent.setup();
  await user.click(remove.getByRole('button', { name: 'Delete account' }));
  await user.type(remove.getByLabelText('Current password'), 'pw-123456');
  await user.click(remove.getByRole('button', { name: 'Confirm' }));
  const confirm = await remove.findByRole('button', { name: 'Delete my account' });
  expect(confirm).toBeDisabled();
  await user.type(remove.getByLabelText('Type DELETE to confirm'), 'delete');
  await user.click(confirm);
}

describe('DeleteSection', () => {
  it('deletes after a verification and the typed word, then keeps no token', async () => {
    const { api } = await renderAccountPage();
    await confirmDeletion();
    expect(await screen.findByTestId('account-deleted')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your account was deleted' })).toBeInTheDocument();
    expect(api.deleteAccount).toHaveBeenCalledWith('proof-1');
    expect(storedToken()).toBeUndefined();
  });

  it('shows a refusal translated and stays', async () => {
    const { api } = await renderAccountPage(fakeAccountApi({ deleteAccount: vi.fn(async () => fail('account.delete_disabled')) }));
    await confirmDeletion();
    expect(await section('account-delete').findByTestId('delete-error')).toHaveTextContent(
      'Deleting your account is turned off on this server.',
    );
    await waitFor(() => expect(api.deleteAccount).toHaveBeenCalledOnce());
    expect(storedToken()).toBeDefined();
  });
});
