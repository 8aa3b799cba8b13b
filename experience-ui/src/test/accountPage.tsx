import { act, render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { Account, AccountApi } from '../account/api/accountApi';
import { AccountPage } from '../account/AccountPage';
import { AccountContext, memoryProofStore, type AccountContextValue } from '../account/context';
import { accountOf, appsOf, fakeAccountApi, signedIn } from './fakeAccountApi';

/** The account page, signed in, on a fake API; `assign` records where it would leave to. */
export async function renderAccountPage(
  api: AccountApi = fakeAccountApi(),
  { token = true, settle = token }: { token?: boolean; settle?: boolean } = {},
) {
  if (token) signedIn();
  const assign = vi.fn();
  // The first answers come within the act: a test may look at once.
  await act(async () => {
    render(<AccountPage deps={{ api, assign }} />);
  });
  if (settle) await screen.findByTestId('account-user');
  return { api, assign };
}

/** One section of a rendered account page. */
export function section(testId: string) {
  return within(screen.getByTestId(testId));
}

/** `children` with the account page's context around it, as a section sees it. */
export function renderInAccount(children: React.ReactNode, { api = fakeAccountApi(), account = accountOf() }: { api?: AccountApi; account?: Account } = {}) {
  const value: AccountContextValue = {
    api,
    account,
    setAccount: vi.fn(),
    reloadAccount: vi.fn(async () => undefined),
    apps: appsOf(),
    setApps: vi.fn(),
    proof: memoryProofStore(),
    onDeleted: vi.fn(),
    assign: vi.fn(),
    resumed: vi.fn(),
  };
  render(<AccountContext.Provider value={value}>{children}</AccountContext.Provider>);
  return value;
}
