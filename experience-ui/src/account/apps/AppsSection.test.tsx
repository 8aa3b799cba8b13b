import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { renderAccountPage, section } from '../../test/accountPage';
import { fail, fakeAccountApi } from '../../test/fakeAccountApi';

beforeEach(() => i18n.changeLanguage('en'));
afterEach(() => sessionStorage.clear());

describe('AppsSection', () => {
  it('lists the applications with their access, and cannot remove this page', async () => {
    await renderAccountPage();
    const [self, shop] = section('account-apps').getAllByTestId('app-row');
    expect(self).toHaveTextContent('Gatehouse account');
    expect(within(self!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(shop!).getByTestId('app-name')).toHaveTextContent('Shop');
    expect(within(shop!).getByRole('list', { name: 'Access' })).toHaveTextContent('Your email address and whether it is confirmed');
    expect(shop).toHaveTextContent('Since');
  });

  it("withdraws an application's access", async () => {
    const { api } = await renderAccountPage();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove access for Shop' }));
    expect(api.withdrawApp).toHaveBeenCalledWith('shop');
    await waitFor(() => expect(section('account-apps').getAllByTestId('app-row')).toHaveLength(1));
    expect(section('account-apps').getByTestId('app-removed')).toHaveTextContent('Shop no longer has access to your account.');
  });

  it('keeps the application when the server refuses, saying why', async () => {
    await renderAccountPage(fakeAccountApi({ withdrawApp: vi.fn(async () => fail('internal.server_error')) }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove access for Shop' }));
    expect(await section('account-apps').findByText('The server ran into a problem. Try again later.')).toBeInTheDocument();
    expect(section('account-apps').getAllByTestId('app-row')).toHaveLength(2);
  });
});
