//! JSON shapes of one-time codes, invitations, the captcha and the new password of a reset.

use poem_openapi::{Enum, Object};

use super::{
    dto::EventDto,
    text::{EmailText, Text},
};
use crate::service::captcha::Challenge;

#[derive(Debug, Object)]
#[oai(rename = "VerificationCodeRequest", rename_all = "camelCase")]
pub struct SendCodeBody {
    pub identifier: EmailIdentifierDto,
    /// The interaction's event: `Register`, `ForgotPassword`, or `SignIn` (`signIn.emailCode`).
    pub interaction_event: EventDto,
}

/// Codes go to email addresses only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "EmailIdentifierType", rename_all = "lowercase")]
pub enum EmailTypeDto {
    Email,
}

/// The address a code goes to.
#[derive(Debug, Object)]
#[oai(rename = "EmailIdentifier")]
pub struct EmailIdentifierDto {
    #[oai(rename = "type")]
    pub kind: EmailTypeDto,
    pub value: EmailText,
}

#[derive(Debug, Object)]
#[oai(rename = "VerificationCodeSent", rename_all = "camelCase")]
pub struct CodeSentDto {
    pub verification_id: String,
    /// Only in `demo_mode`, to a client on the same machine: the code the message carries.
    #[oai(skip_serializing_if_is_none)]
    pub code: Option<String>,
}

#[derive(Debug, Object)]
#[oai(rename = "VerifyCodeRequest", rename_all = "camelCase")]
pub struct VerifyCodeBody {
    pub identifier: EmailIdentifierDto,
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
    /// The 6 digits from the message.
    #[oai(validator(max_length = 16))]
    pub code: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "InvitationRequest", rename_all = "camelCase")]
pub struct InvitationBody {
    /// The `invitation` parameter of the link in the invitation email.
    #[oai(validator(max_length = 128))]
    pub code: Text,
}

#[derive(Object)]
#[oai(rename = "LoginInitiation", rename_all = "camelCase")]
pub struct LoginInitiationDto {
    /// The application's login initiation endpoint, with `iss`: send the browser there.
    pub initiate_login_uri: String,
}

#[derive(Object)]
#[oai(rename = "NewPasswordRequest", rename_all = "camelCase")]
pub struct NewPasswordBody {
    #[oai(validator(max_length = 4096))]
    pub password: Text,
}

/// An ALTCHA challenge: find `number` in `0..=maxnumber` with
/// `hex(SHA-256(salt + number)) == challenge`, then send
/// `base64(JSON {algorithm, challenge, number, salt, signature})` as `captchaToken`.
#[derive(Debug, Object)]
#[oai(rename = "CaptchaChallenge")]
pub struct CaptchaDto {
    pub algorithm: String,
    pub challenge: String,
    pub maxnumber: u32,
    pub salt: String,
    pub signature: String,
}

impl From<Challenge> for CaptchaDto {
    fn from(c: Challenge) -> Self {
        Self {
            algorithm: c.algorithm.to_owned(),
            challenge: c.challenge,
            maxnumber: c.maxnumber,
            salt: c.salt,
            signature: c.signature,
        }
    }
}
