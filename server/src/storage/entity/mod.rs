//! sea-orm 2 entities, one per table (see `migrations/`).

pub mod account_verifications;
pub mod authorization_codes;
pub mod captcha_redemptions;
pub mod clients;
pub mod consents;
pub mod grants;
pub mod interactions;
pub mod invitations;
pub mod login_failures;
pub mod rate_limits;
pub mod refresh_tokens;
pub mod revoked_tokens;
pub mod server_secrets;
pub mod signing_keys;
pub mod sso_sessions;
pub mod users;
pub mod verification_codes;
