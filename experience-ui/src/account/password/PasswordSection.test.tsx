import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok } from '../../test/fakeAccountApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

async function verifyThenType(password: string, confirmation = password) {
  const section_ = section('account-password');
  const user = userEvent.setup();
  await user.type(section_.getByLabelText('Current password'), 'old-password-1');
  await user.click(section_.getByRole('button', { name: 'Confirm' }));
  await user.type(await section_.findByLabelText('New password'), password);
  await user.type(section_.getByLabelText('Confirm new password'), confirmation);
  await user.click(section_.getByRole('button', { name: 'Save password' }));
  return { section: section_, user };
}

describe('PasswordSection', () => {
  it('changes the password after a verification', async () => {
    const { api } = await renderAccountPage();
    await userEvent.setup().click(section('account-password').getByRole('button', { name: 'Change password' }));
    const { section: password } = await verifyThenType('A-new-password-9');
    expect(await password.findByTestId('password-saved')).toHaveTextContent('Your password was saved.');
    expect(api.setPassword).toHaveBeenCalledWith('A-new-password-9', 'proof-1');
  });

  it('lists the rules a weak password breaks, as registration does', async () => {
    const api = fakeAccountApi({
      setPassword: vi.fn(async () => fail('user.weak_password', ['password.too_short', 'password.too_common'])),
    });
    await renderAccountPage(api);
    await userEvent.setup().click(section('account-password').getByRole('button', { name: 'Change password' }));
    const { section: password } = await verifyThenType('short');
    await waitFor(() => expect(password.getByTestId('password-rules')).toHaveTextContent('The password is too short.'));
    expect(password.getByTestId('password-rules')).toHaveTextContent('This password is too common');
    expect(password.getByTestId('password-error')).toHaveTextContent('Choose a stronger password.');
    expect(password.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the confirmation before sending', async () => {
    const { api } = await renderAccountPage();
    await userEvent.setup().click(section('account-password').getByRole('button', { name: 'Change password' }));
    const { section: password } = await verifyThenType('A-new-password-9', 'A-new-password-8');
    expect(password.getByTestId('passwords-differ')).toHaveTextContent('The passwords do not match.');
    expect(api.setPassword).not.toHaveBeenCalled();
  });

  it('sets a first password, proving identity by email', async () => {
    const api = fakeAccountApi({ getAccount: vi.fn(async () => ok(accountOf({ hasPassword: false }))) });
    await renderAccountPage(api);
    const password = section('account-password');
    const user = userEvent.setup();
    expect(password.getByTestId('password-status')).toHaveTextContent('no password yet');
    await user.click(password.getByRole('button', { name: 'Set a password' }));
    await user.click(password.getByRole('button', { name: 'Email me a code' }));
    await user.type(await password.findByLabelText('Verification code'), '123456');
    await user.click(password.getByRole('button', { name: 'Verify' }));
    await user.type(await password.findByLabelText('New password'), 'A-new-password-9');
    await user.type(password.getByLabelText('Confirm new password'), 'A-new-password-9');
    await user.click(password.getByRole('button', { name: 'Save password' }));
    await waitFor(() => expect(api.setPassword).toHaveBeenCalledWith('A-new-password-9', 'proof-code'));
  });

  it('reuses a proof for the next sensitive action until it expires', async () => {
    const { api } = await renderAccountPage();
    const user = userEvent.setup();
    await user.click(section('account-password').getByRole('button', { name: 'Change password' }));
    await verifyThenType('A-new-password-9');
    await section('account-password').findByTestId('password-saved');
    await user.click(section('account-email').getByRole('button', { name: 'Change email' }));
    expect(section('account-email').getByLabelText('New email address')).toBeInTheDocument();
    expect(section('account-email').queryByLabelText('Current password')).not.toBeInTheDocument();
    expect(api.verifyPassword).toHaveBeenCalledOnce();
  });
});
