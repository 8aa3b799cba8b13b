import type { ApiResult } from '../../api/result';
import type { PendingSocial } from '../../flows/social/pending';
import type { AccountApi, AccountIdentities, Verification } from '../api/accountApi';
import { asResumeAction, type ResumeAction } from './resume';

/**
 * A proof of identity made on the callback page, for the account page that loads next: the
 * account page keeps its proofs in memory only, so a proof made away from it is handed over in
 * the tab's session storage, and taken out by the first account page that reads it.
 */
export interface HandedOverProof {
  proof: Verification;
  /** The sensitive action the user was about to do. */
  resume?: ResumeAction;
}

const VERIFIED_KEY = 'gatehouse.account.verified';

/** The providers an account may prove identity with: those it has an identity of that the server still offers. */
export function verifyingProviders({ identities, connectors }: AccountIdentities): AccountIdentities['connectors'] {
  return connectors.filter((connector) => identities.some((identity) => identity.connectorId === connector.id));
}

/**
 * The callback page's `verify-account`: the provider's answer becomes a proof of identity (as
 * a password would), handed over to the account page with the action it was for.
 */
export function verifyAccountWith(api: AccountApi) {
  return async (entry: PendingSocial, connectorData: Record<string, string>): Promise<ApiResult<void>> => {
    const verified = await api.verifySocial(entry.connectorId, entry.verificationId, connectorData);
    if (!verified.ok) return verified;
    const handover: HandedOverProof = { proof: verified.data, resume: entry.resume };
    sessionStorage.setItem(VERIFIED_KEY, JSON.stringify(handover));
    return { ok: true, data: undefined };
  };
}

/**
 * The proof handed over, if there is one and it has not expired (reading does not take it out:
 * `forgetHandedOverProof` does, once the page has it).
 */
export function handedOverProof(now = Date.now()): HandedOverProof | undefined {
  const raw = sessionStorage.getItem(VERIFIED_KEY);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as { proof?: Partial<Verification>; resume?: unknown } | null;
    const proof = value?.proof;
    if (typeof proof?.verificationId !== 'string' || typeof proof.expiresAt !== 'string') return undefined;
    // Expired (or unreadable): nothing to resume without asking again.
    if (!(Date.parse(proof.expiresAt) > now)) return undefined;
    const verification = { verificationId: proof.verificationId, expiresAt: proof.expiresAt };
    const resume = asResumeAction(value?.resume);
    return resume ? { proof: verification, resume } : { proof: verification };
  } catch {
    return undefined;
  }
}

export function forgetHandedOverProof() {
  sessionStorage.removeItem(VERIFIED_KEY);
}
