//! sea-orm 2 entities, one per table (see `migrations/`).

pub mod authorization_codes;
pub mod clients;
pub mod consents;
pub mod grants;
pub mod interactions;
pub mod login_failures;
pub mod refresh_tokens;
pub mod revoked_tokens;
pub mod signing_keys;
pub mod sso_sessions;
pub mod users;
