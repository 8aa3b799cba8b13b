import type { components } from '../../api/schema';

// The account API's bodies, as the committed OpenAPI document describes them.
type Schemas = components['schemas'];

export type Account = Schemas['Account'];
export type AccountChangeable = Schemas['AccountChangeable'];
/** A proof of identity (valid 10 minutes), or a code sent, to check against. */
export type Verification = Schemas['AccountVerification'];
export type AccountSession = Schemas['AccountSession'];
export type AccountApp = Schemas['AccountApp'];
/** Absent: unchanged; empty: cleared. */
export type AccountUpdate = Schemas['AccountUpdateRequest'];

/** The account's two-factor settings; `enabled`: whether the operator allows them at all. */
export type MfaStatus = Schemas['AccountMfa'];
export type MfaFactorKind = MfaStatus['factors'][number]['type'];
export type RememberedBrowser = MfaStatus['rememberedBrowsers'][number];
/** A new authenticator app secret; `qr` is a `data:` URL of its QR code. */
export type AccountTotpSecret = Schemas['AccountTotpSecret'];

/** The account's external identities, and the providers it may link one of. */
export type AccountIdentities = Schemas['AccountIdentities'];
/** An external identity that signs the account in; `canUnlink`: it is not the last way to sign in. */
export type LinkedIdentity = Schemas['AccountIdentity'];
/** Where to send the browser to link an identity, and the verification its answer completes. */
export type IdentityAuthorization = Schemas['AccountSocialAuthorizationUri'];
