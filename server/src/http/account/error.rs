//! The account API's refusals as error answers.

use crate::{
    domain::identifier::IdentifierError,
    http::{
        error::{ApiError, ErrorCode},
        experience::PasswordPolicyDto,
    },
    service::{account::AccountError, users::UserError},
};

impl From<AccountError> for ApiError {
    fn from(err: AccountError) -> Self {
        use AccountError::*;
        let err = match err {
            Mfa(mfa) => return mfa.into(),
            Social(social) => return social.into(),
            other => other,
        };
        let code = match &err {
            Disabled => ErrorCode::AccountDisabled,
            InvalidToken => ErrorCode::AccountInvalidToken,
            InsufficientScope => ErrorCode::AccountInsufficientScope,
            ThirdPartyClient => ErrorCode::AccountThirdPartyClient,
            VerificationRequired => ErrorCode::AccountVerificationRequired,
            VerificationNotFound => ErrorCode::AccountVerificationNotFound,
            InvalidPassword => ErrorCode::AccountInvalidPassword,
            NoPassword => ErrorCode::AccountNoPassword,
            NoConfirmedEmail => ErrorCode::AccountNoConfirmedEmail,
            NoEmail => ErrorCode::AccountNoEmail,
            EmailAlreadyVerified => ErrorCode::AccountEmailAlreadyVerified,
            EmailUnchanged => ErrorCode::AccountEmailUnchanged,
            UsernameAlreadySet => ErrorCode::AccountUsernameAlreadySet,
            NotEditable(field) => {
                return Self::new(ErrorCode::AccountFieldNotEditable, err.to_string())
                    .with_details(serde_json::json!({ "field": field }));
            }
            InvalidLocale => ErrorCode::AccountInvalidLocale,
            InvalidName => ErrorCode::AccountInvalidName,
            DeleteDisabled => ErrorCode::AccountDeleteDisabled,
            SessionNotFound => ErrorCode::AccountSessionNotFound,
            CurrentSession => ErrorCode::AccountCurrentSession,
            ApplicationNotFound => ErrorCode::ApplicationNotFound,
            IdentityNotFound => ErrorCode::AccountIdentityNotFound,
            IdentityAlreadyLinked => ErrorCode::AccountIdentityAlreadyLinked,
            IdentityNotLinked => ErrorCode::AccountIdentityNotLinked,
            LastSignInMethod => ErrorCode::AccountLastSignInMethod,
            WeakPassword { rules, policy } => {
                let rules: Vec<&str> = rules.iter().map(|r| r.code()).collect();
                let policy = PasswordPolicyDto::from(policy);
                return Self::new(ErrorCode::UserWeakPassword, err.to_string())
                    .with_details(serde_json::json!({ "rules": rules, "policy": policy }));
            }
            CodeMismatch => ErrorCode::VerificationCodeMismatch,
            CodeExpired => ErrorCode::VerificationCodeExpired,
            CodeTooManyAttempts => ErrorCode::VerificationCodeTooManyAttempts,
            CodeSuperseded => ErrorCode::VerificationCodeSuperseded,
            CodeUsed => ErrorCode::VerificationCodeUsed,
            User(user) => user_code(user),
            Mfa(_) | Social(_) => unreachable!("answered above"),
            RateLimited { retry_after_secs } => return Self::too_many(err.to_string(), *retry_after_secs),
            Internal(e) => {
                tracing::error!(error = %e, "account request failed");
                return Self::new(ErrorCode::InternalServerError, "internal error");
            }
        };
        Self::new(code, err.to_string())
    }
}

pub(in crate::http) fn user_code(err: &UserError) -> ErrorCode {
    match err {
        UserError::InvalidIdentifier(IdentifierError::InvalidEmail) => ErrorCode::UserInvalidEmail,
        UserError::InvalidIdentifier(IdentifierError::InvisibleCharacters) => {
            ErrorCode::UserUsernameInvisibleCharacters
        }
        UserError::InvalidIdentifier(IdentifierError::MixedScript) => ErrorCode::UserUsernameMixedScript,
        UserError::InvalidIdentifier(_) => ErrorCode::UserInvalidUsername,
        UserError::UsernameTaken => ErrorCode::UserUsernameTaken,
        UserError::EmailTaken => ErrorCode::UserEmailTaken,
        UserError::WeakPassword(_) => ErrorCode::UserWeakPassword,
        UserError::Internal(_) => ErrorCode::InternalServerError,
    }
}
