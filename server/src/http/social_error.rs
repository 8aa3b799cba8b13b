//! External-provider refusals as error answers, for the Experience API and the account API.

use super::error::{ApiError, ErrorCode};
use crate::service::{social::SocialError, upstream::UpstreamError};

impl From<SocialError> for ApiError {
    fn from(err: SocialError) -> Self {
        let code = match &err {
            SocialError::Disabled => ErrorCode::SocialDisabled,
            SocialError::ConnectorNotFound => ErrorCode::SocialConnectorNotFound,
            SocialError::InvalidRedirectUri => ErrorCode::SocialInvalidRedirectUri,
            SocialError::RequestNotFound => ErrorCode::SocialRequestNotFound,
            SocialError::StateMismatch => ErrorCode::SocialStateMismatch,
            SocialError::Upstream(e) => {
                let code = match e {
                    UpstreamError::Denied(_) => ErrorCode::SocialAuthorizationDenied,
                    UpstreamError::Unavailable(_) => ErrorCode::SocialUpstreamUnavailable,
                    UpstreamError::InvalidResponse(_) => ErrorCode::SocialInvalidResponse,
                    UpstreamError::InvalidIdToken(_) => ErrorCode::SocialInvalidIdToken,
                };
                // The provider's own error code helps the UI word it (`access_denied`); the
                // rest of the diagnosis is in our log, not in the answer.
                let details = match e {
                    UpstreamError::Denied(upstream) => Some(serde_json::json!({ "upstreamError": upstream })),
                    _ => None,
                };
                let api = Self::new(code, code_message(code));
                return match details {
                    Some(d) => api.with_details(d),
                    None => api,
                };
            }
            SocialError::Internal(e) => {
                tracing::error!(error = %e, "external sign-in failed");
                return Self::new(ErrorCode::InternalServerError, "internal error");
            }
        };
        Self::new(code, err.to_string())
    }
}

fn code_message(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::SocialAuthorizationDenied => "the provider did not authorize the sign-in",
        ErrorCode::SocialUpstreamUnavailable => "the provider could not be reached",
        ErrorCode::SocialInvalidIdToken => "the provider's ID token is not valid",
        _ => "the provider's answer is not usable",
    }
}
