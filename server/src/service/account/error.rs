use crate::{
    domain::password_policy::{PasswordPolicy, PasswordRule},
    service::{InternalError, rate_limit::Exceeded, social::SocialError, users::UserError},
    storage::StorageError,
};

/// Why the account API refused. Each variant has one code (`http::error`).
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the account center is turned off")]
    Disabled,
    #[error("no valid access token was presented")]
    InvalidToken,
    #[error("the access token does not carry the `account` scope")]
    InsufficientScope,
    #[error("the access token was issued to a third-party client")]
    ThirdPartyClient,
    #[error("this change needs a fresh verification in `Gatehouse-Verification-Id`")]
    VerificationRequired,
    #[error("no such verification for this account, or it cannot serve this call")]
    VerificationNotFound,
    #[error("the password is wrong")]
    InvalidPassword,
    #[error("the account has no password: set one, or verify with an email code")]
    NoPassword,
    #[error("the account has no confirmed email address")]
    NoConfirmedEmail,
    #[error("the account has no email address")]
    NoEmail,
    #[error("the email address is confirmed already")]
    EmailAlreadyVerified,
    #[error("this is the account's address already")]
    EmailUnchanged,
    #[error("the username is set already and cannot be changed")]
    UsernameAlreadySet,
    #[error("`{0}` cannot be changed here (`account.editable`)")]
    NotEditable(&'static str),
    #[error("not a language tag")]
    InvalidLocale,
    #[error("the name has control characters or is too long")]
    InvalidName,
    #[error("deleting one's own account is turned off (`account.allow_delete`)")]
    DeleteDisabled,
    #[error("no such session of this account")]
    SessionNotFound,
    #[error("this is the session making the call: sign out instead")]
    CurrentSession,
    #[error("this account gave no such application access")]
    ApplicationNotFound,
    #[error("the password breaks the policy")]
    WeakPassword {
        rules: Vec<PasswordRule>,
        policy: PasswordPolicy,
    },
    #[error("no external identity of this account has this id")]
    IdentityNotFound,
    #[error("this external identity is linked to an account already")]
    IdentityAlreadyLinked,
    #[error("the provider proved no external identity of this account")]
    IdentityNotLinked,
    #[error("this is the account's last way to sign in: set a password or link another identity first")]
    LastSignInMethod,
    #[error("the code is wrong")]
    CodeMismatch,
    #[error("the code has expired")]
    CodeExpired,
    #[error("too many wrong codes")]
    CodeTooManyAttempts,
    #[error("a newer code replaced this one")]
    CodeSuperseded,
    #[error("this code was used already")]
    CodeUsed,
    #[error(transparent)]
    User(UserError),
    #[error("too many requests: retry in {retry_after_secs}s")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Mfa(#[from] crate::service::mfa::MfaError),
    #[error(transparent)]
    Social(SocialError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for AccountError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

impl From<Exceeded> for AccountError {
    fn from(e: Exceeded) -> Self {
        Self::RateLimited {
            retry_after_secs: e.retry_after_secs,
        }
    }
}

impl From<SocialError> for AccountError {
    fn from(e: SocialError) -> Self {
        match e {
            SocialError::Internal(e) => Self::Internal(e),
            other => Self::Social(other),
        }
    }
}

impl From<UserError> for AccountError {
    fn from(e: UserError) -> Self {
        match e {
            UserError::Internal(e) => Self::Internal(e),
            other => Self::User(other),
        }
    }
}
