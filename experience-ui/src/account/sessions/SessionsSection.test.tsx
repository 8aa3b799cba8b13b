import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { fail, fakeAccountApi } from '../../test/fakeAccountApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

async function rows() {
  await waitFor(() => expect(section('account-sessions').getAllByTestId('session-row')).toHaveLength(3));
  return section('account-sessions').getAllByTestId('session-row');
}

describe('SessionsSection', () => {
  it('lists the sessions by browser and system, with this device marked and no way to end it here', async () => {
    await renderAccountPage();
    const [current, phone, unknown] = await rows();
    expect(within(current!).getByTestId('session-device')).toHaveTextContent('Firefox on Windows');
    expect(within(current!).getByTestId('current-session')).toHaveTextContent('This device');
    expect(within(current!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(phone!).getByTestId('session-device')).toHaveTextContent('Safari on iOS');
    expect(phone).toHaveTextContent('IP 198.51.100.7');
    expect(phone).toHaveTextContent('Last used');
    expect(within(unknown!).getByTestId('session-device')).toHaveTextContent('Unknown device');
  });

  it('signs out one other session', async () => {
    const { api } = await renderAccountPage();
    await rows();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    expect(api.endSession).toHaveBeenCalledWith('s2');
    await waitFor(() => expect(section('account-sessions').getAllByTestId('session-row')).toHaveLength(2));
    expect(section('account-sessions').getByTestId('sessions-ended')).toHaveTextContent('One session was signed out.');
  });

  it('signs out every other session', async () => {
    const { api } = await renderAccountPage();
    await rows();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out all other sessions' }));
    expect(api.endOtherSessions).toHaveBeenCalledOnce();
    await waitFor(() => expect(section('account-sessions').getAllByTestId('session-row')).toHaveLength(1));
    expect(section('account-sessions').getByTestId('sessions-ended')).toHaveTextContent('2 sessions were signed out.');
    expect(section('account-sessions').queryByRole('button', { name: 'Sign out all other sessions' })).not.toBeInTheDocument();
  });

  it('shows a refusal translated', async () => {
    await renderAccountPage(fakeAccountApi({ endSession: vi.fn(async () => fail('rate_limit.exceeded')) }));
    await rows();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    expect(await section('account-sessions').findByText('Too many attempts. Wait a moment and try again.')).toBeInTheDocument();
    expect(section('account-sessions').getAllByTestId('session-row')).toHaveLength(3);
  });
});
