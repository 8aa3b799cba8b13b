import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderInAccount } from '../../test/accountPage';
import { accountOf, fail, fakeAccountApi, ok, proof } from '../../test/fakeAccountApi';
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

  it('says when the account has no way to prove identity', async () => {
    const { onCancel } = renderVerify({ account: accountOf({ hasPassword: false, emailVerified: false }) });
    expect(screen.getByTestId('verify-unavailable')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
