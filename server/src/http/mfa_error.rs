//! Second-factor refusals as error answers, for the Experience API and the account API alike.

use super::error::{ApiError, ErrorCode};
use crate::service::mfa::MfaError;

impl From<MfaError> for ApiError {
    fn from(err: MfaError) -> Self {
        let code = match &err {
            MfaError::Disabled => ErrorCode::MfaDisabled,
            MfaError::NotAvailable => ErrorCode::MfaNotAvailable,
            MfaError::NotEnrolled => ErrorCode::MfaNotEnrolled,
            MfaError::AlreadyEnrolled => ErrorCode::MfaAlreadyEnrolled,
            MfaError::InvalidCode => ErrorCode::MfaInvalidCode,
            MfaError::RememberBrowserDisabled => ErrorCode::MfaRememberBrowserDisabled,
            MfaError::BrowserNotFound => ErrorCode::MfaBrowserNotFound,
            MfaError::Internal(e) => {
                tracing::error!(error = %e, "second-factor request failed");
                return Self::new(ErrorCode::InternalServerError, "internal error");
            }
        };
        Self::new(code, err.to_string())
    }
}
