//! The Experience API's error shape `{code, message, details?}` and the one place where a code
//! gets its HTTP status.

use poem::{Error, http::StatusCode};
use poem_openapi::{ApiResponse, Enum, Object, payload::Json};

use super::experience::PasswordPolicyDto;
use crate::{domain::identifier::IdentifierError, service::experience::ExperienceError};

/// Every error code the Experience API can answer with. Stable: clients and translations key on
/// them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum ErrorCode {
    #[oai(rename = "request.invalid_body")]
    RequestInvalidBody,
    #[oai(rename = "request.unsupported_media_type")]
    RequestUnsupportedMediaType,
    #[oai(rename = "request.forbidden_origin")]
    RequestForbiddenOrigin,
    #[oai(rename = "request.payload_too_large")]
    RequestPayloadTooLarge,
    #[oai(rename = "request.not_found")]
    RequestNotFound,
    #[oai(rename = "request.method_not_allowed")]
    RequestMethodNotAllowed,
    /// The request, reading its body included, took longer than `http.request_timeout`.
    #[oai(rename = "request.timeout")]
    RequestTimeout,
    #[oai(rename = "session.not_found")]
    SessionNotFound,
    #[oai(rename = "session.event_not_set")]
    SessionEventNotSet,
    #[oai(rename = "session.event_not_supported")]
    SessionEventNotSupported,
    #[oai(rename = "session.sign_in_method_disabled")]
    SessionSignInMethodDisabled,
    #[oai(rename = "session.invalid_credentials")]
    SessionInvalidCredentials,
    #[oai(rename = "session.verification_not_found")]
    SessionVerificationNotFound,
    #[oai(rename = "session.not_identified")]
    SessionNotIdentified,
    #[oai(rename = "session.consent_required")]
    SessionConsentRequired,
    #[oai(rename = "session.remember_me_disabled")]
    SessionRememberMeDisabled,
    #[oai(rename = "session.registration_disabled")]
    SessionRegistrationDisabled,
    #[oai(rename = "session.registration_invitation_only")]
    SessionRegistrationInvitationOnly,
    /// The application's access rules (client IP ranges, the account's email domain) refuse
    /// this sign-in; about an account, said only after its credentials were proved.
    #[oai(rename = "session.access_denied")]
    SessionAccessDenied,
    /// The application does not accept a new account with this address's domain (or without
    /// an address, when it lists allowed domains).
    #[oai(rename = "session.email_domain_not_allowed")]
    SessionEmailDomainNotAllowed,
    #[oai(rename = "session.profile_incomplete")]
    SessionProfileIncomplete,
    #[oai(rename = "session.identifier_in_password")]
    SessionIdentifierInPassword,
    #[oai(rename = "session.invitation_email_mismatch")]
    SessionInvitationEmailMismatch,
    #[oai(rename = "session.password_reset_disabled")]
    SessionPasswordResetDisabled,
    /// The right password, for an account an administrator disabled.
    #[oai(rename = "session.user_disabled")]
    SessionUserDisabled,
    /// A sign-in by mailed code, for an account whose only second factor is that mailbox.
    #[oai(rename = "session.password_required")]
    SessionPasswordRequired,
    /// A sign-in by an external identity that no account has.
    #[oai(rename = "session.identity_not_linked")]
    SessionIdentityNotLinked,
    #[oai(rename = "session.identity_already_linked")]
    SessionIdentityAlreadyLinked,
    #[oai(rename = "session.link_not_possible")]
    SessionLinkNotPossible,
    #[oai(rename = "social.disabled")]
    SocialDisabled,
    #[oai(rename = "social.connector_not_found")]
    SocialConnectorNotFound,
    #[oai(rename = "social.invalid_redirect_uri")]
    SocialInvalidRedirectUri,
    #[oai(rename = "social.request_not_found")]
    SocialRequestNotFound,
    #[oai(rename = "social.state_mismatch")]
    SocialStateMismatch,
    #[oai(rename = "social.authorization_denied")]
    SocialAuthorizationDenied,
    #[oai(rename = "social.upstream_unavailable")]
    SocialUpstreamUnavailable,
    #[oai(rename = "social.invalid_response")]
    SocialInvalidResponse,
    #[oai(rename = "social.invalid_id_token")]
    SocialInvalidIdToken,
    #[oai(rename = "user.invalid_username")]
    UserInvalidUsername,
    #[oai(rename = "user.username_invisible_characters")]
    UserUsernameInvisibleCharacters,
    #[oai(rename = "user.username_mixed_script")]
    UserUsernameMixedScript,
    #[oai(rename = "user.invalid_email")]
    UserInvalidEmail,
    #[oai(rename = "user.email_taken")]
    UserEmailTaken,
    #[oai(rename = "verification_code.mismatch")]
    VerificationCodeMismatch,
    #[oai(rename = "verification_code.expired")]
    VerificationCodeExpired,
    #[oai(rename = "verification_code.too_many_attempts")]
    VerificationCodeTooManyAttempts,
    #[oai(rename = "verification_code.superseded")]
    VerificationCodeSuperseded,
    #[oai(rename = "verification_code.used")]
    VerificationCodeUsed,
    #[oai(rename = "invitation.disabled")]
    InvitationDisabled,
    #[oai(rename = "invitation.not_found")]
    InvitationNotFound,
    #[oai(rename = "invitation.expired")]
    InvitationExpired,
    #[oai(rename = "invitation.revoked")]
    InvitationRevoked,
    #[oai(rename = "invitation.used")]
    InvitationUsed,
    #[oai(rename = "invitation.no_application")]
    InvitationNoApplication,
    #[oai(rename = "captcha.required")]
    CaptchaRequired,
    #[oai(rename = "captcha.invalid")]
    CaptchaInvalid,
    #[oai(rename = "captcha.expired")]
    CaptchaExpired,
    #[oai(rename = "captcha.used")]
    CaptchaUsed,
    #[oai(rename = "rate_limit.exceeded")]
    RateLimitExceeded,
    #[oai(rename = "user.username_taken")]
    UserUsernameTaken,
    #[oai(rename = "user.weak_password")]
    UserWeakPassword,
    #[oai(rename = "application.not_found")]
    ApplicationNotFound,
    #[oai(rename = "account.disabled")]
    AccountDisabled,
    #[oai(rename = "account.invalid_token")]
    AccountInvalidToken,
    #[oai(rename = "account.insufficient_scope")]
    AccountInsufficientScope,
    #[oai(rename = "account.third_party_client")]
    AccountThirdPartyClient,
    #[oai(rename = "account.verification_required")]
    AccountVerificationRequired,
    #[oai(rename = "account.verification_not_found")]
    AccountVerificationNotFound,
    #[oai(rename = "account.invalid_password")]
    AccountInvalidPassword,
    #[oai(rename = "account.no_password")]
    AccountNoPassword,
    #[oai(rename = "account.no_confirmed_email")]
    AccountNoConfirmedEmail,
    #[oai(rename = "account.no_email")]
    AccountNoEmail,
    #[oai(rename = "account.email_already_verified")]
    AccountEmailAlreadyVerified,
    #[oai(rename = "account.email_unchanged")]
    AccountEmailUnchanged,
    #[oai(rename = "account.username_already_set")]
    AccountUsernameAlreadySet,
    #[oai(rename = "account.field_not_editable")]
    AccountFieldNotEditable,
    #[oai(rename = "account.invalid_locale")]
    AccountInvalidLocale,
    #[oai(rename = "account.invalid_name")]
    AccountInvalidName,
    #[oai(rename = "account.delete_disabled")]
    AccountDeleteDisabled,
    #[oai(rename = "account.session_not_found")]
    AccountSessionNotFound,
    #[oai(rename = "account.current_session")]
    AccountCurrentSession,
    #[oai(rename = "account.identity_not_found")]
    AccountIdentityNotFound,
    /// The external identity is linked to an account already (this one or another).
    #[oai(rename = "account.identity_already_linked")]
    AccountIdentityAlreadyLinked,
    /// The provider proved an identity that is not linked to this account.
    #[oai(rename = "account.identity_not_linked")]
    AccountIdentityNotLinked,
    /// Unlinking would leave the account no way to sign in.
    #[oai(rename = "account.last_sign_in_method")]
    AccountLastSignInMethod,
    /// A second factor must pass before submit.
    #[oai(rename = "session.mfa_required")]
    SessionMfaRequired,
    /// The operator requires a second factor and the user has none: enrol one before submit.
    #[oai(rename = "session.mfa_enrollment_required")]
    SessionMfaEnrollmentRequired,
    /// The second factor did not follow the first within `two_factor.cookie_lifetime`.
    #[oai(rename = "session.mfa_expired")]
    SessionMfaExpired,
    #[oai(rename = "mfa.invalid_code")]
    MfaInvalidCode,
    #[oai(rename = "mfa.not_available")]
    MfaNotAvailable,
    #[oai(rename = "mfa.disabled")]
    MfaDisabled,
    #[oai(rename = "mfa.not_enrolled")]
    MfaNotEnrolled,
    #[oai(rename = "mfa.already_enrolled")]
    MfaAlreadyEnrolled,
    #[oai(rename = "mfa.remember_browser_disabled")]
    MfaRememberBrowserDisabled,
    #[oai(rename = "mfa.browser_not_found")]
    MfaBrowserNotFound,
    /// No valid access token on an administration API call.
    #[oai(rename = "admin.invalid_token")]
    AdminInvalidToken,
    /// A valid token, but not a client-credentials token of the scope `admin` of an admin
    /// client.
    #[oai(rename = "admin.insufficient_scope")]
    AdminInsufficientScope,
    /// A `cursor` this API did not give.
    #[oai(rename = "request.invalid_cursor")]
    RequestInvalidCursor,
    /// The application is declared in the configuration file: change it there.
    #[oai(rename = "application.config_declared")]
    ApplicationConfigDeclared,
    /// A public application has no secret to rotate.
    #[oai(rename = "application.public")]
    ApplicationPublic,
    /// A field of the application is not valid: `details.field` names it.
    #[oai(rename = "application.invalid_metadata")]
    ApplicationInvalidMetadata,
    #[oai(rename = "user.not_found")]
    UserNotFound,
    #[oai(rename = "user.already_disabled")]
    UserAlreadyDisabled,
    #[oai(rename = "user.not_disabled")]
    UserNotDisabled,
    #[oai(rename = "user.no_email")]
    UserNoEmail,
    #[oai(rename = "user.identifier_required")]
    UserIdentifierRequired,
    #[oai(rename = "user.identity_not_found")]
    UserIdentityNotFound,
    #[oai(rename = "invitation.not_pending")]
    InvitationNotPending,
    #[oai(rename = "application.no_initiate_login_uri")]
    ApplicationNoInitiateLoginUri,
    /// A field of the application's sign-in policy is not valid: `details.field` names it.
    #[oai(rename = "application.invalid_policy")]
    ApplicationInvalidPolicy,
    #[oai(rename = "internal.server_error")]
    InternalServerError,
}

impl ErrorCode {
    /// The one mapping from codes to statuses.
    pub fn status(self) -> StatusCode {
        use ErrorCode::*;
        match self {
            RequestInvalidBody | SessionEventNotSet | CaptchaRequired | RequestInvalidCursor => StatusCode::BAD_REQUEST,
            AdminInvalidToken => StatusCode::UNAUTHORIZED,
            AdminInsufficientScope => StatusCode::FORBIDDEN,
            ApplicationConfigDeclared | ApplicationPublic => StatusCode::CONFLICT,
            ApplicationInvalidMetadata | ApplicationInvalidPolicy => StatusCode::UNPROCESSABLE_ENTITY,
            UserNotFound | UserIdentityNotFound => StatusCode::NOT_FOUND,
            UserAlreadyDisabled | UserNotDisabled | InvitationNotPending => StatusCode::CONFLICT,
            UserNoEmail | UserIdentifierRequired | ApplicationNoInitiateLoginUri => StatusCode::UNPROCESSABLE_ENTITY,
            AccountInvalidToken | AccountVerificationRequired => StatusCode::UNAUTHORIZED,
            AccountDisabled
            | AccountInvalidPassword
            | AccountInsufficientScope
            | AccountThirdPartyClient
            | AccountFieldNotEditable
            | AccountDeleteDisabled => StatusCode::FORBIDDEN,
            SessionMfaRequired
            | SessionMfaEnrollmentRequired
            | MfaNotAvailable
            | MfaDisabled
            | MfaRememberBrowserDisabled => StatusCode::FORBIDDEN,
            MfaNotEnrolled | MfaBrowserNotFound => StatusCode::NOT_FOUND,
            SocialDisabled => StatusCode::FORBIDDEN,
            SocialConnectorNotFound | SocialRequestNotFound => StatusCode::NOT_FOUND,
            SessionIdentityAlreadyLinked => StatusCode::CONFLICT,
            SessionIdentityNotLinked
            | SessionLinkNotPossible
            | SocialInvalidRedirectUri
            | SocialStateMismatch
            | SocialAuthorizationDenied => StatusCode::UNPROCESSABLE_ENTITY,
            SocialUpstreamUnavailable | SocialInvalidResponse | SocialInvalidIdToken => StatusCode::BAD_GATEWAY,
            MfaAlreadyEnrolled => StatusCode::CONFLICT,
            SessionMfaExpired | MfaInvalidCode => StatusCode::UNPROCESSABLE_ENTITY,
            AccountVerificationNotFound | AccountSessionNotFound | AccountIdentityNotFound => StatusCode::NOT_FOUND,
            AccountEmailAlreadyVerified
            | AccountUsernameAlreadySet
            | AccountIdentityAlreadyLinked
            | AccountLastSignInMethod => StatusCode::CONFLICT,
            AccountNoPassword
            | AccountNoConfirmedEmail
            | AccountNoEmail
            | AccountEmailUnchanged
            | AccountInvalidLocale
            | AccountInvalidName
            | AccountCurrentSession
            | AccountIdentityNotLinked => StatusCode::UNPROCESSABLE_ENTITY,
            RequestForbiddenOrigin
            | SessionSignInMethodDisabled
            | SessionRememberMeDisabled
            | SessionRegistrationDisabled
            | SessionRegistrationInvitationOnly
            | SessionAccessDenied
            | SessionEmailDomainNotAllowed
            | SessionPasswordResetDisabled
            | SessionUserDisabled
            | SessionPasswordRequired
            | InvitationDisabled => StatusCode::FORBIDDEN,
            RequestNotFound
            | SessionNotFound
            | SessionVerificationNotFound
            | ApplicationNotFound
            | InvitationNotFound
            | InvitationNoApplication => StatusCode::NOT_FOUND,
            UserEmailTaken => StatusCode::CONFLICT,
            InvitationExpired | InvitationRevoked | InvitationUsed => StatusCode::GONE,
            RateLimitExceeded => StatusCode::TOO_MANY_REQUESTS,
            RequestMethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            RequestPayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            RequestUnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            SessionEventNotSupported
            | SessionInvalidCredentials
            | SessionNotIdentified
            | SessionConsentRequired
            | SessionProfileIncomplete
            | SessionIdentifierInPassword
            | SessionInvitationEmailMismatch
            | UserInvalidUsername
            | UserUsernameInvisibleCharacters
            | UserUsernameMixedScript
            | UserUsernameTaken
            | UserWeakPassword
            | UserInvalidEmail
            | VerificationCodeMismatch
            | VerificationCodeExpired
            | VerificationCodeTooManyAttempts
            | VerificationCodeSuperseded
            | VerificationCodeUsed
            | CaptchaInvalid
            | CaptchaExpired
            | CaptchaUsed => StatusCode::UNPROCESSABLE_ENTITY,
            InternalServerError => StatusCode::INTERNAL_SERVER_ERROR,
            RequestTimeout => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => Self::RequestNotFound,
            StatusCode::METHOD_NOT_ALLOWED => Self::RequestMethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Self::RequestPayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::RequestUnsupportedMediaType,
            s if s.is_server_error() => Self::InternalServerError,
            _ => Self::RequestInvalidBody,
        }
    }
}

#[derive(Debug, Object)]
pub struct ErrorBody {
    /// Stable, dotted: translate `error.<code>`; never show `message` to end users.
    pub code: ErrorCode,
    /// For developers, in English.
    pub message: String,
    #[oai(skip_serializing_if_is_none)]
    pub details: Option<serde_json::Value>,
}

/// The error answers of the Experience API.
#[derive(Debug, ApiResponse)]
#[oai(bad_request_handler = "from_poem_error")]
pub enum ApiError {
    /// The request is malformed, or the interaction is not at the right step.
    #[oai(status = 400)]
    BadRequest(Json<ErrorBody>),
    /// No valid access token (`account.invalid_token`), or a sensitive change without a live
    /// verification (`account.verification_required`).
    #[oai(status = 401)]
    Unauthorized(Json<ErrorBody>, #[oai(header = "WWW-Authenticate")] String),
    /// A cross-origin call, or a sign-in method that is switched off.
    #[oai(status = 403)]
    Forbidden(Json<ErrorBody>),
    /// No interaction in this browser, or no such verification or application.
    #[oai(status = 404)]
    NotFound(Json<ErrorBody>),
    #[oai(status = 405)]
    MethodNotAllowed(Json<ErrorBody>),
    #[oai(status = 413)]
    PayloadTooLarge(Json<ErrorBody>),
    /// The body must be `application/json`.
    #[oai(status = 415)]
    UnsupportedMediaType(Json<ErrorBody>),
    /// The address already has an account (told only to whoever proved the mailbox).
    #[oai(status = 409)]
    Conflict(Json<ErrorBody>),
    /// The invitation was used, revoked or has expired.
    #[oai(status = 410)]
    Gone(Json<ErrorBody>),
    /// The request was understood and refused: wrong credentials, missing identification.
    #[oai(status = 422)]
    Unprocessable(Json<ErrorBody>),
    /// Too many requests: wait `Retry-After` seconds (also in `details.retryAfter`).
    #[oai(status = 429)]
    TooManyRequests(Json<ErrorBody>, #[oai(header = "Retry-After")] u64),
    #[oai(status = 500)]
    Internal(Json<ErrorBody>),
    /// An external identity provider failed: unreachable, too slow, or its answer is not usable.
    #[oai(status = 502)]
    BadGateway(Json<ErrorBody>),
    /// The request took too long; it may be sent again.
    #[oai(status = 503)]
    Unavailable(Json<ErrorBody>),
}

impl ApiError {
    fn body_mut(&mut self) -> &mut ErrorBody {
        match self {
            Self::BadRequest(b)
            | Self::Unauthorized(b, _)
            | Self::Forbidden(b)
            | Self::NotFound(b)
            | Self::MethodNotAllowed(b)
            | Self::PayloadTooLarge(b)
            | Self::UnsupportedMediaType(b)
            | Self::Conflict(b)
            | Self::Gone(b)
            | Self::Unprocessable(b)
            | Self::TooManyRequests(b, _)
            | Self::Internal(b)
            | Self::BadGateway(b)
            | Self::Unavailable(b) => &mut b.0,
        }
    }

    pub fn with_details(mut self, details: serde_json::Value) -> Self {
        self.body_mut().details = Some(details);
        self
    }

    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        let body = Json(ErrorBody {
            code,
            message: message.into(),
            details: None,
        });
        match code.status() {
            StatusCode::BAD_REQUEST => Self::BadRequest(body),
            StatusCode::UNAUTHORIZED => {
                // RFC 6750; a missing verification is RFC 9470's step-up.
                let error = if code == ErrorCode::AccountVerificationRequired {
                    "insufficient_user_authentication"
                } else {
                    "invalid_token"
                };
                Self::Unauthorized(body, format!("Bearer realm=\"gatehouse\", error=\"{error}\""))
            }
            StatusCode::FORBIDDEN => Self::Forbidden(body),
            StatusCode::NOT_FOUND => Self::NotFound(body),
            StatusCode::METHOD_NOT_ALLOWED => Self::MethodNotAllowed(body),
            StatusCode::PAYLOAD_TOO_LARGE => Self::PayloadTooLarge(body),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::UnsupportedMediaType(body),
            StatusCode::CONFLICT => Self::Conflict(body),
            StatusCode::GONE => Self::Gone(body),
            StatusCode::UNPROCESSABLE_ENTITY => Self::Unprocessable(body),
            // Callers that know when to come back use `too_many`.
            StatusCode::TOO_MANY_REQUESTS => Self::TooManyRequests(body, 60),
            StatusCode::SERVICE_UNAVAILABLE => Self::Unavailable(body),
            StatusCode::BAD_GATEWAY => Self::BadGateway(body),
            _ => Self::Internal(body),
        }
    }

    pub(super) fn too_many(message: String, retry_after_secs: u64) -> Self {
        let body = Json(ErrorBody {
            code: ErrorCode::RateLimitExceeded,
            message,
            details: Some(serde_json::json!({ "retryAfter": retry_after_secs })),
        });
        Self::TooManyRequests(body, retry_after_secs)
    }
}

/// Payload and parameter errors found by poem-openapi before a handler runs.
fn from_poem_error(err: Error) -> ApiError {
    let code = if err.is::<poem_openapi::error::ContentTypeError>() {
        ErrorCode::RequestUnsupportedMediaType
    } else if err.is::<poem_openapi::error::AuthorizationError>() {
        ErrorCode::AccountInvalidToken
    } else {
        ErrorCode::from_status(err.status())
    };
    ApiError::new(code, err.to_string())
}

impl From<ExperienceError> for ApiError {
    fn from(err: ExperienceError) -> Self {
        use ExperienceError::*;
        let err = match err {
            Mfa(mfa) => return mfa.into(),
            Social(social) => return social.into(),
            other => other,
        };
        let code = match &err {
            NotFound => ErrorCode::SessionNotFound,
            EventNotSet => ErrorCode::SessionEventNotSet,
            EventNotSupported => ErrorCode::SessionEventNotSupported,
            SignInMethodDisabled => ErrorCode::SessionSignInMethodDisabled,
            InvalidCredentials => ErrorCode::SessionInvalidCredentials,
            UserDisabled => ErrorCode::SessionUserDisabled,
            PasswordRequired => ErrorCode::SessionPasswordRequired,
            VerificationNotFound => ErrorCode::SessionVerificationNotFound,
            NotIdentified => ErrorCode::SessionNotIdentified,
            ConsentRequired => ErrorCode::SessionConsentRequired,
            RememberMeDisabled => ErrorCode::SessionRememberMeDisabled,
            RegistrationDisabled => ErrorCode::SessionRegistrationDisabled,
            RegistrationInvitationOnly => ErrorCode::SessionRegistrationInvitationOnly,
            AccessDenied => ErrorCode::SessionAccessDenied,
            EmailDomainNotAllowed => ErrorCode::SessionEmailDomainNotAllowed,
            ProfileIncomplete => ErrorCode::SessionProfileIncomplete,
            IdentifierInPassword => ErrorCode::SessionIdentifierInPassword,
            InvitationEmailMismatch => ErrorCode::SessionInvitationEmailMismatch,
            InvalidUsername(IdentifierError::InvisibleCharacters) => ErrorCode::UserUsernameInvisibleCharacters,
            InvalidUsername(IdentifierError::MixedScript) => ErrorCode::UserUsernameMixedScript,
            InvalidUsername(_) => ErrorCode::UserInvalidUsername,
            UsernameTaken => ErrorCode::UserUsernameTaken,
            WeakPassword { rules, policy } => {
                // Every broken rule at once, and the parameters to explain them.
                let rules: Vec<&str> = rules.iter().map(|r| r.code()).collect();
                let policy = PasswordPolicyDto::from(policy);
                return Self::new(ErrorCode::UserWeakPassword, err.to_string())
                    .with_details(serde_json::json!({ "rules": rules, "policy": policy }));
            }
            ApplicationNotFound => ErrorCode::ApplicationNotFound,
            PasswordResetDisabled => ErrorCode::SessionPasswordResetDisabled,
            InvalidEmail => ErrorCode::UserInvalidEmail,
            EmailTaken => ErrorCode::UserEmailTaken,
            CodeMismatch => ErrorCode::VerificationCodeMismatch,
            CodeExpired => ErrorCode::VerificationCodeExpired,
            CodeTooManyAttempts => ErrorCode::VerificationCodeTooManyAttempts,
            CodeSuperseded => ErrorCode::VerificationCodeSuperseded,
            CodeUsed => ErrorCode::VerificationCodeUsed,
            InvitationDisabled => ErrorCode::InvitationDisabled,
            InvitationNotFound => ErrorCode::InvitationNotFound,
            InvitationExpired => ErrorCode::InvitationExpired,
            InvitationRevoked => ErrorCode::InvitationRevoked,
            InvitationUsed => ErrorCode::InvitationUsed,
            InvitationNoApplication => ErrorCode::InvitationNoApplication,
            CaptchaRequired => ErrorCode::CaptchaRequired,
            CaptchaInvalid => ErrorCode::CaptchaInvalid,
            CaptchaExpired => ErrorCode::CaptchaExpired,
            CaptchaUsed => ErrorCode::CaptchaUsed,
            RateLimited { retry_after_secs } => return Self::too_many(err.to_string(), *retry_after_secs),
            MfaRequired => ErrorCode::SessionMfaRequired,
            MfaEnrollmentRequired => ErrorCode::SessionMfaEnrollmentRequired,
            MfaExpired => ErrorCode::SessionMfaExpired,
            IdentityNotLinked => ErrorCode::SessionIdentityNotLinked,
            IdentityAlreadyLinked => ErrorCode::SessionIdentityAlreadyLinked,
            LinkNotPossible => ErrorCode::SessionLinkNotPossible,
            Mfa(_) | Social(_) => unreachable!("answered above"),
            Internal(e) => {
                tracing::error!(error = %e, "experience request failed");
                return Self::new(ErrorCode::InternalServerError, "internal error");
            }
        };
        Self::new(code, err.to_string())
    }
}
