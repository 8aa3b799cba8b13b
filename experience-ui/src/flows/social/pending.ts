import { asResumeAction, type ResumeAction } from '../../account/verification/resume';

/**
 * A sign-in at an external provider under way: what the callback page needs when the provider
 * sends the browser back, kept in the tab's session storage under the `state` sent along.
 * `link-account` and `verify-account` come from the account pages: to link an identity, or to
 * prove identity (before a sensitive action) with one already linked.
 */
export type SocialFlow = 'sign-in' | 'register' | 'link-account' | 'verify-account';

export interface PendingSocial {
  /** Sent to the provider and back; the key the entry is kept under. */
  state: string;
  /** The verification the provider's answer completes. */
  verificationId: string;
  connectorId: string;
  /** The provider's display name, for the callback page's messages. */
  connectorName?: string;
  flow: SocialFlow;
  /** The page of this app to go back to: the one the button was on (its query too). */
  returnTo: string;
  /** `link-account`: the proof of identity (`Gatehouse-Verification-Id`) the link is made with. */
  proof?: string;
  /** `verify-account`: the sensitive action the verification is for, to take up again on return. */
  resume?: ResumeAction;
  /** Milliseconds since the epoch. */
  savedAt: number;
}

const PREFIX = 'gatehouse.social.';
// The provider's sign-in page, with its own second factor, may take a while; after this an
// entry is forgotten, as the server forgets its side of the request.
const LIFETIME_MS = 30 * 60 * 1000;

const FLOWS: readonly SocialFlow[] = ['sign-in', 'register', 'link-account', 'verify-account'];

/** A random `state`: base64url of 32 bytes from the browser's CSPRNG (43 characters). */
export function randomState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Where the provider sends the browser back: the server serves this app at `/callback/{connectorId}`. */
export function callbackUri(connectorId: string, origin: string = window.location.origin): string {
  return `${origin}/callback/${encodeURIComponent(connectorId)}`;
}

/** The page this browser is on, to come back to. */
export function currentPage(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Only a path of this app: never another origin (`//host`), whatever the storage holds. */
export function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

export function keepPendingSocial(entry: PendingSocial) {
  sessionStorage.setItem(PREFIX + entry.state, JSON.stringify(entry));
}

function parse(raw: string, state: string, now: number): PendingSocial | undefined {
  try {
    const value = JSON.parse(raw) as Partial<PendingSocial>;
    const { verificationId, connectorId, connectorName, flow, returnTo, proof, resume, savedAt } = value;
    if (
      value.state !== state ||
      typeof verificationId !== 'string' ||
      typeof connectorId !== 'string' ||
      !FLOWS.includes(flow as SocialFlow) ||
      typeof returnTo !== 'string' ||
      !isAppPath(returnTo) ||
      typeof savedAt !== 'number' ||
      now - savedAt >= LIFETIME_MS
    ) {
      return undefined;
    }
    return {
      state,
      verificationId,
      connectorId,
      connectorName: typeof connectorName === 'string' ? connectorName : undefined,
      flow: flow as SocialFlow,
      returnTo,
      proof: typeof proof === 'string' ? proof : undefined,
      resume: asResumeAction(resume),
      savedAt,
    };
  } catch {
    return undefined;
  }
}

/** The entry kept for `state`, if there is one and it is not too old; a damaged one is forgotten. */
export function pendingSocial(state: string, now = Date.now()): PendingSocial | undefined {
  const raw = sessionStorage.getItem(PREFIX + state);
  if (raw === null) return undefined;
  const entry = parse(raw, state, now);
  if (!entry) sessionStorage.removeItem(PREFIX + state);
  return entry;
}

/** The answer was used (or refused): the entry must not serve twice. */
export function forgetPendingSocial(state: string) {
  sessionStorage.removeItem(PREFIX + state);
}
