//! The administration API's refusals as error answers.

use serde_json::json;

use crate::{
    http::error::{ApiError, ErrorCode},
    service::{
        InternalError,
        admin::{AdminError, audit_log::AuditLogError, cursor::InvalidCursor, users::UserAdminError},
        app_policy::AppPolicyError,
        clients::ClientAdminError,
        invitations::InvitationError,
        users::UserError,
    },
};

pub(super) fn internal(e: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "administration request failed");
    ApiError::new(ErrorCode::InternalServerError, "internal error")
}

impl From<AdminError> for ApiError {
    fn from(err: AdminError) -> Self {
        match err {
            AdminError::InvalidToken => Self::new(ErrorCode::AdminInvalidToken, err.to_string()),
            AdminError::InsufficientScope => Self::new(ErrorCode::AdminInsufficientScope, err.to_string()),
            AdminError::Internal(e) => internal(&e),
        }
    }
}

impl From<AuditLogError> for ApiError {
    fn from(err: AuditLogError) -> Self {
        match err {
            AuditLogError::UnknownKind => Self::new(ErrorCode::RequestInvalidBody, err.to_string()),
            AuditLogError::Internal(e) => internal(&e),
        }
    }
}

impl From<InvalidCursor> for ApiError {
    fn from(err: InvalidCursor) -> Self {
        Self::new(ErrorCode::RequestInvalidCursor, err.to_string())
    }
}

impl From<InternalError> for ApiError {
    fn from(err: InternalError) -> Self {
        internal(&err)
    }
}

/// `clients[0].redirect_uris` → `redirectUris`: the name of the field in the request body.
fn field_of(key: &str) -> String {
    let last = key.rsplit('.').next().unwrap_or(key);
    let last = last.split('[').next().unwrap_or(last);
    let last = if last == "id_token_signed_response_alg" {
        "id_token_alg"
    } else {
        last
    };
    let mut field = String::new();
    let mut upper = false;
    for c in last.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            field.extend(c.to_uppercase());
            upper = false;
        } else {
            field.push(c);
        }
    }
    field
}

impl From<ClientAdminError> for ApiError {
    fn from(err: ClientAdminError) -> Self {
        let code = match &err {
            ClientAdminError::NotFound => ErrorCode::ApplicationNotFound,
            ClientAdminError::ConfigDeclared => ErrorCode::ApplicationConfigDeclared,
            ClientAdminError::Public => ErrorCode::ApplicationPublic,
            ClientAdminError::Invalid(e) => {
                return Self::new(ErrorCode::ApplicationInvalidMetadata, e.message.clone())
                    .with_details(json!({ "field": field_of(&e.key) }));
            }
            ClientAdminError::Internal(e) => return internal(e),
        };
        Self::new(code, err.to_string())
    }
}

impl From<UserError> for ApiError {
    fn from(err: UserError) -> Self {
        let code = crate::http::account::error::user_code(&err);
        match &err {
            UserError::Internal(e) => internal(e),
            UserError::WeakPassword(rules) => {
                let rules: Vec<&str> = rules.iter().map(|r| r.code()).collect();
                Self::new(code, err.to_string()).with_details(json!({ "rules": rules }))
            }
            _ => Self::new(code, err.to_string()),
        }
    }
}

impl From<AppPolicyError> for ApiError {
    fn from(err: AppPolicyError) -> Self {
        match err {
            AppPolicyError::NotFound => Self::new(ErrorCode::ApplicationNotFound, err.to_string()),
            AppPolicyError::Invalid(e) => {
                Self::new(ErrorCode::ApplicationInvalidPolicy, e.to_string()).with_details(json!({ "field": e.field }))
            }
            AppPolicyError::Internal(e) => internal(&e),
        }
    }
}

impl From<UserAdminError> for ApiError {
    fn from(err: UserAdminError) -> Self {
        let err = match err {
            UserAdminError::User(e) => return e.into(),
            UserAdminError::Invitation(e) => return e.into(),
            UserAdminError::Internal(e) => return internal(&e),
            other => other,
        };
        let code = match &err {
            UserAdminError::User(_) | UserAdminError::Invitation(_) | UserAdminError::Internal(_) => {
                unreachable!("answered above")
            }
            UserAdminError::InvitationWithCredentials => ErrorCode::RequestInvalidBody,
            UserAdminError::NotFound => ErrorCode::UserNotFound,
            UserAdminError::AlreadyDisabled => ErrorCode::UserAlreadyDisabled,
            UserAdminError::NotDisabled => ErrorCode::UserNotDisabled,
            UserAdminError::NoEmail => ErrorCode::UserNoEmail,
            UserAdminError::IdentifierRequired => ErrorCode::UserIdentifierRequired,
            UserAdminError::IdentityNotFound => ErrorCode::UserIdentityNotFound,
            UserAdminError::UsernameAlreadySet => ErrorCode::AccountUsernameAlreadySet,
            UserAdminError::InvalidName => ErrorCode::AccountInvalidName,
            UserAdminError::InvalidLocale => ErrorCode::AccountInvalidLocale,
        };
        Self::new(code, err.to_string())
    }
}

impl From<InvitationError> for ApiError {
    fn from(err: InvitationError) -> Self {
        let code = match &err {
            InvitationError::InvalidEmail(_) => ErrorCode::UserInvalidEmail,
            InvitationError::EmailTaken => ErrorCode::UserEmailTaken,
            InvitationError::NotFound => ErrorCode::InvitationNotFound,
            InvitationError::NotPending => ErrorCode::InvitationNotPending,
            InvitationError::UnknownClient(_) => ErrorCode::ApplicationNotFound,
            InvitationError::ClientCannotInitiateLogin(_) => ErrorCode::ApplicationNoInitiateLoginUri,
            InvitationError::Internal(e) => return internal(e),
        };
        Self::new(code, err.to_string())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_setting_key_names_the_body_field() {
        assert_eq!(super::field_of("client.redirect_uris"), "redirectUris");
        assert_eq!(super::field_of("client.id_token_signed_response_alg"), "idTokenAlg");
        assert_eq!(super::field_of("client.name"), "name");
    }
}
