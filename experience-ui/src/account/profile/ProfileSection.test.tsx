import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok } from '../../test/fakeAccountApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

const noUsername = () => accountOf({ username: undefined, canChange: { ...accountOf().canChange, username: true } });

describe('ProfileSection', () => {
  it('shows a username that is set as text, and the creation date', async () => {
    await renderAccountPage();
    const profile = section('account-profile');
    expect(profile.getByTestId('account-username')).toHaveTextContent('ann');
    expect(profile.queryByRole('textbox', { name: 'Username' })).not.toBeInTheDocument();
    expect(profile.getByTestId('account-created')).toHaveTextContent('Account created on January 15, 2026');
  });

  it('sends only what changed, and an emptied name clears it', async () => {
    const { api } = await renderAccountPage();
    const profile = section('account-profile');
    const user = userEvent.setup();
    expect(profile.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.clear(profile.getByLabelText('Name'));
    await user.click(profile.getByRole('button', { name: 'Save' }));
    expect(api.updateAccount).toHaveBeenCalledWith({ name: '' });

    await user.selectOptions(profile.getByLabelText('Preferred language'), 'English');
    await user.click(profile.getByRole('button', { name: 'Save' }));
    expect(api.updateAccount).toHaveBeenLastCalledWith({ locale: 'en' });
    expect(await profile.findByTestId('profile-saved')).toHaveTextContent('Your profile was saved.');
  });

  it('sets a username once, with the refusal translated', async () => {
    const api = fakeAccountApi({
      getAccount: vi.fn(async () => ok(noUsername())),
      setUsername: vi
        .fn()
        .mockResolvedValueOnce(fail('user.username_taken'))
        .mockResolvedValue(ok(accountOf({ username: 'ann2' }))),
    });
    await renderAccountPage(api);
    const profile = section('account-profile');
    const user = userEvent.setup();
    await user.type(profile.getByLabelText('Username'), 'ann');
    await user.click(profile.getByRole('button', { name: 'Set username' }));
    expect(await profile.findByText('This username is already taken.')).toBeInTheDocument();
    expect(profile.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');

    await user.type(profile.getByLabelText('Username'), '2');
    await user.click(profile.getByRole('button', { name: 'Set username' }));
    await waitFor(() => expect(profile.getByTestId('account-username')).toHaveTextContent('ann2'));
    expect(api.setUsername).toHaveBeenLastCalledWith('ann2');
    expect(profile.getByTestId('username-saved')).toBeInTheDocument();
  });
});
