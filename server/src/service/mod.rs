//! Use cases. Each takes the state and plain values, returns plain values or its area's error.

pub mod access_tokens;
pub mod account;
pub mod accounts;
pub mod admin;
pub mod app_policy;
pub mod audit;
pub mod authorize;
pub mod captcha;
pub mod claims;
pub mod client_auth;
pub mod clients;
pub mod consent;
pub mod experience;
pub mod invitations;
pub mod keys;
pub mod lockout;
pub mod logout;
pub mod mfa;
pub mod rate_limit;
pub mod revocation;
pub mod secrets;
pub mod sessions;
pub mod sign_in_exp;
pub mod social;
pub mod tokens;
pub mod upstream;
pub mod userinfo;
pub mod users;

use crate::{
    crypto::{jwt::JwtError, kek::KekError, keys::KeyError, password::HashError},
    storage::StorageError,
};

/// A failure that is ours, not the caller's: logged, answered with a generic 500.
#[derive(Debug, thiserror::Error)]
pub enum InternalError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Hash(#[from] HashError),
    #[error(transparent)]
    Jwt(#[from] JwtError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("a sealed value cannot be opened: {0}")]
    Sealed(#[from] KekError),
}
