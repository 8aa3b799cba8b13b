//! The bodies of `/api/my-account/mfa`.

use chrono::{DateTime, Utc};
use poem_openapi::{Enum, Object};

use crate::{
    http::experience::text::Text,
    service::{
        account::mfa::{BrowserView, Factor, FactorView, MfaView},
        mfa::totp::Enrolment,
    },
};

/// A factor the user turns on; backup codes come with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "AccountMfaFactorType", rename_all = "camelCase")]
pub enum FactorDto {
    /// An authenticator app (TOTP).
    Totp,
    /// A code sent to the confirmed address.
    EmailCode,
}

impl From<Factor> for FactorDto {
    fn from(f: Factor) -> Self {
        match f {
            Factor::Totp => Self::Totp,
            Factor::EmailCode => Self::EmailCode,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountMfaFactor", rename_all = "camelCase")]
pub struct FactorViewDto {
    #[oai(rename = "type")]
    pub kind: FactorDto,
    pub created_at: DateTime<Utc>,
}

impl From<FactorView> for FactorViewDto {
    fn from(f: FactorView) -> Self {
        Self {
            kind: f.factor.into(),
            created_at: f.created_at,
        }
    }
}

/// A browser that skips the second step for this account until it expires.
#[derive(Debug, Object)]
#[oai(rename = "AccountRememberedBrowser", rename_all = "camelCase")]
pub struct BrowserDto {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// The browser's `User-Agent` when it was remembered, cut at 256 characters.
    #[oai(skip_serializing_if_is_none)]
    pub user_agent: Option<String>,
}

impl From<BrowserView> for BrowserDto {
    fn from(b: BrowserView) -> Self {
        Self {
            id: b.id,
            created_at: b.created_at,
            expires_at: b.expires_at,
            user_agent: b.user_agent,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountMfa", rename_all = "camelCase")]
pub struct MfaDto {
    /// Two-factor authentication is offered (`two_factor.enabled`); when false, nothing here
    /// can be changed.
    pub enabled: bool,
    /// Every account must have a factor: one is set up at the next sign-in.
    pub required: bool,
    /// The factors this server offers, whether or not the account has them on.
    pub available: Vec<FactorDto>,
    pub factors: Vec<FactorViewDto>,
    pub backup_codes_remaining: u64,
    pub remembered_browsers: Vec<BrowserDto>,
}

impl From<MfaView> for MfaDto {
    fn from(v: MfaView) -> Self {
        Self {
            enabled: v.enabled,
            required: v.required,
            available: v.available.into_iter().map(Into::into).collect(),
            factors: v.factors.into_iter().map(Into::into).collect(),
            backup_codes_remaining: v.backup_codes_remaining,
            remembered_browsers: v.remembered_browsers.into_iter().map(Into::into).collect(),
        }
    }
}

/// A secret for an authenticator app: shown once, added when its first code comes back
/// (within 10 minutes, 5 tries).
#[derive(Debug, Object)]
#[oai(rename = "AccountTotpSecret", rename_all = "camelCase")]
pub struct TotpSecretDto {
    /// Names this set-up in `POST /api/my-account/mfa/totp`.
    pub verification_id: String,
    /// Base32, for typing into the app.
    pub secret: String,
    pub otpauth_uri: String,
    /// The URI as an SVG QR code, a `data:` URL.
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

#[derive(Debug, Object)]
#[oai(rename = "AccountTotpRequest", rename_all = "camelCase")]
pub struct TotpBody {
    /// The `verificationId` of the secret.
    #[oai(validator(max_length = 128))]
    pub verification_id: Text,
    /// The app's current code.
    #[oai(validator(max_length = 16))]
    pub code: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountTotpAdded", rename_all = "camelCase")]
pub struct TotpAddedDto {
    /// The account's first backup codes, shown once: only when the app is its first factor.
    #[oai(skip_serializing_if_is_none)]
    pub backup_codes: Option<Vec<String>>,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountEmailCodeMfaRequest", rename_all = "camelCase")]
pub struct EmailCodeBody {
    pub enabled: bool,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountBackupCodes", rename_all = "camelCase")]
pub struct BackupCodesDto {
    /// Shown once; each works once.
    pub backup_codes: Vec<String>,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountRememberedBrowsersForgotten", rename_all = "camelCase")]
pub struct ForgottenDto {
    pub ended: u64,
}
