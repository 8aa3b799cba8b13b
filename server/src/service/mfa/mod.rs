//! Second factors, shared by sign-in (`service::experience`) and the account center
//! (`service::account`): authenticator apps (TOTP), email codes, backup codes and remembered
//! browsers.

pub mod backup;
pub mod remember;
pub mod totp;

use crate::{service::InternalError, storage::StorageError};

/// Why a second factor was refused.
#[derive(Debug, thiserror::Error)]
pub enum MfaError {
    #[error("two-factor authentication is turned off")]
    Disabled,
    #[error("this factor is not offered here")]
    NotAvailable,
    #[error("the account has no such factor")]
    NotEnrolled,
    #[error("the account has this factor already")]
    AlreadyEnrolled,
    #[error("\"remember this browser\" is turned off on this server")]
    RememberBrowserDisabled,
    #[error("no remembered browser of this account has this id")]
    BrowserNotFound,
    /// A wrong, replayed or used code: the same answer for each.
    #[error("the code is wrong")]
    InvalidCode,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for MfaError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

pub type Result<T, E = MfaError> = std::result::Result<T, E>;

/// The factor names used in storage and in the API.
pub mod kind {
    pub const TOTP: &str = "totp";
    pub const EMAIL_CODE: &str = "email_code";
    /// Not a factor of its own: the last resort of a user who has one.
    pub const BACKUP_CODE: &str = "backup_code";
}
