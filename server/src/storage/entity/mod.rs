//! sea-orm 2 entities, one per table (see `migrations/`).

pub mod account_verifications;
pub mod application_policies;
pub mod audit_events;
pub mod authorization_codes;
pub mod backup_codes;
pub mod captcha_redemptions;
pub mod clients;
pub mod consents;
pub mod grants;
pub mod interactions;
pub mod invitations;
pub mod login_failures;
pub mod mfa_factors;
pub mod rate_limits;
pub mod refresh_tokens;
pub mod remembered_browsers;
pub mod revoked_tokens;
pub mod server_secrets;
pub mod signing_keys;
pub mod social_authorizations;
pub mod sso_sessions;
pub mod totp_enrolments;
pub mod user_identities;
pub mod users;
pub mod verification_codes;
