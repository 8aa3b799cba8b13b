//! The sign-in experience's JSON shape: the effective settings the UI draws itself from.

use poem_openapi::Object;

use super::dto::{ApplicationDto, IdentifierTypeDto};
use crate::service::sign_in_exp::SignInExperience;

#[derive(Debug, Object)]
#[oai(rename = "SignInSettings", rename_all = "camelCase")]
pub struct SignInDto {
    pub local: bool,
    /// External providers to show as buttons, in the configured order.
    pub connectors: Vec<super::social_dto::ConnectorDto>,
    /// Local sign-in is off and this is the one provider: `/oidc/auth` goes straight to it.
    #[oai(skip_serializing_if_is_none)]
    pub login_button_provider: Option<String>,
    pub identifiers: Vec<IdentifierTypeDto>,
    pub remember_me: bool,
    /// Sign-in without a password, by a code mailed to the account's confirmed address
    /// (`sendVerificationCode` with `SignIn`, beside `verifyPassword` in `nextSteps`).
    pub email_code: bool,
}

#[derive(Debug, Object)]
#[oai(rename = "SignUpSettings", rename_all = "camelCase")]
pub struct SignUpDto {
    pub enabled: bool,
    pub open_registration: bool,
    pub invitation: bool,
    /// `PUT /api/experience` with `Register` needs a solved `GET /api/experience/captcha`.
    pub captcha: bool,
    /// The identifier a new account must give: the one sign-in asks for (`email`: registration
    /// by a code sent to the address). Under `username`, an email may be added, confirmed by a code.
    pub identifiers: Vec<IdentifierTypeDto>,
}

#[derive(Debug, Object)]
#[oai(rename = "PasswordResetSettings", rename_all = "camelCase")]
pub struct PasswordResetDto {
    pub enabled: bool,
}

/// The effective sign-in experience, for the UI to draw itself.
#[derive(Debug, Object)]
#[oai(rename = "SignInExperience", rename_all = "camelCase")]
pub struct SignInExperienceDto {
    pub sign_in: SignInDto,
    pub sign_up: SignUpDto,
    pub password_reset: PasswordResetDto,
    pub languages: Vec<String>,
    #[oai(skip_serializing_if_is_none)]
    pub application: Option<ApplicationDto>,
}

impl From<SignInExperience> for SignInExperienceDto {
    fn from(s: SignInExperience) -> Self {
        Self {
            sign_in: SignInDto {
                local: s.local,
                connectors: s
                    .connectors
                    .into_iter()
                    .map(|c| super::social_dto::ConnectorDto {
                        id: c.id,
                        name: c.name,
                        logo_url: c.logo_url,
                    })
                    .collect(),
                login_button_provider: s.login_button_provider,
                identifiers: s.identifiers.into_iter().map(Into::into).collect(),
                remember_me: s.remember_me,
                email_code: s.email_code,
            },
            sign_up: SignUpDto {
                enabled: s.registration_enabled,
                open_registration: s.open_registration,
                invitation: s.invitation,
                captcha: s.captcha,
                identifiers: s.sign_up_identifiers.into_iter().map(Into::into).collect(),
            },
            password_reset: PasswordResetDto {
                enabled: s.password_reset,
            },
            languages: s.languages.into_iter().map(String::from).collect(),
            application: s.application.as_ref().map(Into::into),
        }
    }
}
