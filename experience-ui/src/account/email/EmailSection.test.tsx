import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok } from '../../test/fakeAccountApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

describe('EmailSection', () => {
  it('confirms an unconfirmed address with the code sent to it', async () => {
    const api = fakeAccountApi({
      getAccount: vi.fn(async () => ok(accountOf({ emailVerified: false }))),
      verifyEmail: vi.fn(async () => ok(accountOf({ emailVerified: true }))),
    });
    await renderAccountPage(api);
    const email = section('account-email');
    const user = userEvent.setup();
    expect(email.getByTestId('email-status')).toHaveTextContent('Not confirmed');
    await user.click(email.getByRole('button', { name: 'Send confirmation code' }));
    await user.type(await email.findByLabelText('Verification code'), '123456');
    await user.click(email.getByRole('button', { name: 'Verify' }));
    expect(await email.findByTestId('email-success')).toHaveTextContent('Your email address is confirmed.');
    expect(email.getByTestId('email-status')).toHaveTextContent('Confirmed');
    expect(api.verifyEmail).toHaveBeenCalledWith('confirm-1', '123456');
  });

  it('changes the address: verification, new address, then the code sent there', async () => {
    const api = fakeAccountApi({
      verifyEmail: vi.fn(async () => ok(accountOf({ email: 'new@example.com' }))),
    });
    await renderAccountPage(api);
    const email = section('account-email');
    const user = userEvent.setup();
    await user.click(email.getByRole('button', { name: 'Change email' }));
    await user.type(email.getByLabelText('Current password'), 'pw-123456');
    await user.click(email.getByRole('button', { name: 'Confirm' }));
    await user.type(await email.findByLabelText('New email address'), 'new@example.com');
    await user.click(email.getByRole('button', { name: 'Send code' }));
    expect(api.changeEmail).toHaveBeenCalledWith('new@example.com', 'proof-1');
    expect(await email.findByTestId('code-sent-to')).toHaveTextContent('new@example.com');
    await user.type(email.getByLabelText('Verification code'), '654321');
    await user.click(email.getByRole('button', { name: 'Verify' }));
    expect(await email.findByTestId('email-success')).toHaveTextContent('Your email address is now new@example.com.');
    expect(email.getByTestId('account-email-address')).toHaveTextContent('new@example.com');
    expect(api.verifyEmail).toHaveBeenCalledWith('change-1', '654321');
  });

  it('shows a taken address translated', async () => {
    await renderAccountPage(fakeAccountApi({ changeEmail: vi.fn(async () => fail('user.email_taken')) }));
    const email = section('account-email');
    const user = userEvent.setup();
    await user.click(email.getByRole('button', { name: 'Change email' }));
    await user.type(email.getByLabelText('Current password'), 'pw-123456');
    await user.click(email.getByRole('button', { name: 'Confirm' }));
    await user.type(await email.findByLabelText('New email address'), 'bob@example.com');
    await user.click(email.getByRole('button', { name: 'Send code' }));
    expect(await email.findByTestId('new-email-error')).toHaveTextContent('An account already uses this email address.');
    expect(screen.queryByText(/message/)).not.toBeInTheDocument();
  });

  it('asks to confirm identity again when the server refuses the proof', async () => {
    const api = fakeAccountApi({
      changeEmail: vi.fn().mockResolvedValueOnce(fail('account.verification_required')).mockResolvedValue(ok({ verificationId: 'change-2', expiresAt: '2999-01-01T00:00:00Z' })),
    });
    await renderAccountPage(api);
    const email = section('account-email');
    const user = userEvent.setup();
    await user.click(email.getByRole('button', { name: 'Change email' }));
    await user.type(email.getByLabelText('Current password'), 'pw-123456');
    await user.click(email.getByRole('button', { name: 'Confirm' }));
    await user.type(await email.findByLabelText('New email address'), 'new@example.com');
    await user.click(email.getByRole('button', { name: 'Send code' }));
    expect(await email.findByTestId('verify-again')).toBeInTheDocument();
    await user.type(email.getByLabelText('Current password'), 'pw-123456');
    await user.click(email.getByRole('button', { name: 'Confirm' }));
    await user.type(await email.findByLabelText('New email address'), 'new@example.com');
    await user.click(email.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(api.changeEmail).toHaveBeenCalledTimes(2));
    expect(api.verifyPassword).toHaveBeenCalledTimes(2);
    expect(await email.findByTestId('code-sent-to')).toHaveTextContent('new@example.com');
  });
});
