//! The Experience API's errors: one variant per stable code (see `http::error`).

use crate::{service::InternalError, storage::StorageError};

#[derive(Debug, thiserror::Error)]
pub enum ExperienceError {
    #[error("no sign-in is in progress in this browser, or it has expired")]
    NotFound,
    #[error("start the interaction with PUT /api/experience first")]
    EventNotSet,
    #[error("this kind of interaction is not available")]
    EventNotSupported,
    #[error("this sign-in method is not enabled")]
    SignInMethodDisabled,
    #[error("the identifier or the password is wrong")]
    InvalidCredentials,
    #[error("this account is disabled: ask the administrator")]
    UserDisabled,
    #[error("the account's second factor is a code mailed to the same address: sign in with the password")]
    PasswordRequired,
    #[error("no such verification in this interaction")]
    VerificationNotFound,
    #[error("identify the user before submitting")]
    NotIdentified,
    #[error("the user must allow or deny the application's access first")]
    ConsentRequired,
    #[error("no application has this id")]
    ApplicationNotFound,
    #[error("\"remember me\" is turned off on this server")]
    RememberMeDisabled,
    #[error("registration is turned off on this server")]
    RegistrationDisabled,
    #[error("this server registers people by invitation only")]
    RegistrationInvitationOnly,
    #[error("the application's access rules refuse this sign-in")]
    AccessDenied,
    #[error("the application does not accept addresses of this domain")]
    EmailDomainNotAllowed,
    #[error(transparent)]
    InvalidUsername(crate::domain::identifier::IdentifierError),
    #[error("the username is taken")]
    UsernameTaken,
    #[error("the password breaks the password policy")]
    WeakPassword {
        rules: Vec<crate::domain::password_policy::PasswordRule>,
        policy: crate::domain::password_policy::PasswordPolicy,
    },
    #[error(
        "the password given earlier contains this username or address: choose another, or give another password first"
    )]
    IdentifierInPassword,
    #[error("the invitation was sent to another address than the one proved by a code")]
    InvitationEmailMismatch,
    #[error("give a username and a password before submitting")]
    ProfileIncomplete,
    #[error("password reset is turned off on this server")]
    PasswordResetDisabled,
    #[error("this is not an email address")]
    InvalidEmail,
    #[error("this email address already has an account")]
    EmailTaken,
    #[error("the code is wrong")]
    CodeMismatch,
    #[error("the code has expired: ask for a new one")]
    CodeExpired,
    #[error("too many wrong codes: ask for a new one")]
    CodeTooManyAttempts,
    #[error("a newer code replaced this one")]
    CodeSuperseded,
    #[error("this code was used already")]
    CodeUsed,
    #[error("too many requests: try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    #[error("invitations are turned off on this server")]
    InvitationDisabled,
    #[error("no invitation has this code")]
    InvitationNotFound,
    #[error("the invitation has expired")]
    InvitationExpired,
    #[error("the invitation was revoked")]
    InvitationRevoked,
    #[error("the invitation was used already")]
    InvitationUsed,
    #[error("the invitation names no application that can start a sign-in: open the application first")]
    InvitationNoApplication,
    #[error("registration needs a solved captcha (`captchaToken`)")]
    CaptchaRequired,
    #[error("the captcha solution is wrong")]
    CaptchaInvalid,
    #[error("the captcha challenge has expired: solve a new one")]
    CaptchaExpired,
    #[error("this captcha solution was used already")]
    CaptchaUsed,
    #[error("a second factor must pass before submit")]
    MfaRequired,
    #[error("two-factor authentication is required: set up a factor before submit")]
    MfaEnrollmentRequired,
    #[error("the second factor came too late: sign in again")]
    MfaExpired,
    #[error("no account has this external identity yet: register with it, or link it to your account")]
    IdentityNotLinked,
    #[error("this external identity is linked to another account")]
    IdentityAlreadyLinked,
    #[error("only a sign-in by password can link an external identity")]
    LinkNotPossible,
    #[error(transparent)]
    Mfa(#[from] crate::service::mfa::MfaError),
    #[error(transparent)]
    Social(#[from] crate::service::social::SocialError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for ExperienceError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}
