import { createContext, useContext } from 'react';
import type { Account, AccountApi, AccountApp, Verification } from './api/accountApi';
import type { ResumeAction } from './verification/resume';

/** A proof of identity, reused for every sensitive action until it expires. */
export interface ProofStore {
  /** The kept proof, if it has not expired. */
  current(): Verification | undefined;
  keep(proof: Verification): void;
  /** The server no longer accepts it (`account.verification_required`). */
  drop(): void;
}

/** What every section of the account page shares. */
export interface AccountContextValue {
  api: AccountApi;
  account: Account;
  /** The account as a call answered it (after a change). */
  setAccount: (account: Account) => void;
  /** Re-reads the account (after a change whose answer does not carry it). */
  reloadAccount: () => Promise<void>;
  /** The applications with access; undefined until loaded, or when loading them failed. */
  apps?: AccountApp[];
  appsError?: string;
  setApps: (apps: AccountApp[]) => void;
  proof: ProofStore;
  /** The account is gone: forget the token and say so. */
  onDeleted: () => void;
  /** Leaves the app: to an external provider, to link an identity or prove identity with one. */
  assign: (url: string) => void;
  /**
   * The sensitive action to take up again: the page was loaded back from a provider the user
   * proved identity at (`useResume`); undefined once its section has resumed it.
   */
  resume?: ResumeAction;
  /** The section resumed the action: not again. */
  resumed: () => void;
}

export const AccountContext = createContext<AccountContextValue | undefined>(undefined);

export function useAccount(): AccountContextValue {
  const value = useContext(AccountContext);
  if (!value) throw new Error('useAccount outside of the account page');
  return value;
}

/**
 * A proof store kept in memory only (never in storage): a reload asks again. `initial`: the
 * proof the callback page handed over, after a verification at a provider.
 */
export function memoryProofStore(now: () => number = Date.now, initial?: Verification): ProofStore {
  let proof: Verification | undefined = initial;
  return {
    current: () => (proof && Date.parse(proof.expiresAt) > now() ? proof : undefined),
    keep: (p) => {
      proof = p;
    },
    drop: () => {
      proof = undefined;
    },
  };
}
