//! JSON shapes of the second-factor steps and routes of a sign-in.

use poem_openapi::{Enum, Object};

use super::text::Text;
use crate::{domain::interaction::MfaFactor, service::mfa::totp::Enrolment};

/// A second factor: an authenticator app, a code mailed to the confirmed address, or one of
/// the backup codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "MfaFactor", rename_all = "camelCase")]
pub enum MfaFactorDto {
    Totp,
    EmailCode,
    BackupCode,
}

impl From<MfaFactor> for MfaFactorDto {
    fn from(f: MfaFactor) -> Self {
        match f {
            MfaFactor::Totp => Self::Totp,
            MfaFactor::EmailCode => Self::EmailCode,
            MfaFactor::BackupCode => Self::BackupCode,
        }
    }
}

/// The user has two-factor authentication on: one of `factors` must pass before submit
/// (`session.mfa_required` until then), within `two_factor.cookie_lifetime`.
#[derive(Debug, Object)]
#[oai(rename = "MfaStep", rename_all = "camelCase")]
pub struct MfaStep {
    /// In the order the user set them up; `backupCode` last, while any is left.
    pub factors: Vec<MfaFactorDto>,
    /// Where `emailCode` sends the code, masked (`a***@example.com`).
    #[oai(skip_serializing_if_is_none)]
    pub masked_email: Option<String>,
    /// Offer "remember this browser" (`PUT /api/experience/remember-browser` before the code).
    pub remember_browser: bool,
}

/// Two-factor authentication is required and the user has none: set up an authenticator app
/// (`POST /api/experience/verification/totp/secret`, confirm a code, then
/// `POST /api/experience/profile/mfa`) before submit.
#[derive(Debug, Object)]
#[oai(rename = "EnrollMfaStep", rename_all = "camelCase")]
pub struct EnrollMfaStep {
    pub factors: Vec<EnrollFactorDto>,
}

/// What can be set up during a sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "MfaEnrollFactor", rename_all = "camelCase")]
pub enum EnrollFactorDto {
    Totp,
}

#[derive(Debug, Object)]
#[oai(rename = "TotpVerifyRequest", rename_all = "camelCase")]
pub struct TotpVerifyBody {
    /// The 6 digits the app shows.
    #[oai(validator(max_length = 16))]
    pub code: Text,
    /// Only while setting up: the `verificationId` of the secret being confirmed.
    #[oai(validator(max_length = 128))]
    pub verification_id: Option<Text>,
}

#[derive(Debug, Object)]
#[oai(rename = "BackupCodeVerifyRequest", rename_all = "camelCase")]
pub struct BackupCodeBody {
    /// One of the backup codes (case, spaces and dashes do not matter).
    #[oai(validator(max_length = 32))]
    pub code: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "BackupCodeVerified", rename_all = "camelCase")]
pub struct BackupCodeVerifiedDto {
    pub verification_id: String,
    /// The unused backup codes left: tell the user, and suggest new ones when few remain.
    pub remaining: u64,
}

#[derive(Debug, Object)]
#[oai(rename = "MfaEmailCodeVerifyRequest", rename_all = "camelCase")]
pub struct MfaEmailCodeBody {
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
    /// The 6 digits from the message.
    #[oai(validator(max_length = 16))]
    pub code: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "RememberBrowserRequest", rename_all = "camelCase")]
pub struct RememberBrowserBody {
    pub remember_browser: bool,
}

/// A new authenticator-app secret: show `qr` (an SVG data URL of `otpauthUri`) and `secret`
/// (base32, for typing in), then confirm a code with `verificationId`. Valid 10 minutes.
#[derive(Debug, Object)]
#[oai(rename = "TotpSecret", rename_all = "camelCase")]
pub struct TotpSecretDto {
    pub verification_id: String,
    pub secret: String,
    pub otpauth_uri: String,
    pub qr: String,
}

impl From<Enrolment> for TotpSecretDto {
    fn from(e: Enrolment) -> Self {
        Self {
            verification_id: e.verification_id,
            secret: e.secret,
            otpauth_uri: e.otpauth_uri,
            qr: e.qr,
        }
    }
}

/// What can be enrolled through `POST /api/experience/profile/mfa`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "MfaProfileType", rename_all = "camelCase")]
pub enum MfaProfileTypeDto {
    Totp,
}

#[derive(Debug, Object)]
#[oai(rename = "MfaProfileRequest", rename_all = "camelCase")]
pub struct MfaProfileBody {
    #[oai(rename = "type")]
    pub kind: MfaProfileTypeDto,
    /// The `verificationId` of the confirmed secret.
    #[oai(validator(max_length = 128))]
    pub verification_id: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "BackupCodes", rename_all = "camelCase")]
pub struct BackupCodesDto {
    /// Shown once: the user keeps them somewhere safe. Empty when backup codes are not offered.
    pub backup_codes: Vec<String>,
}
