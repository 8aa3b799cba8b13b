//! The sign-in experience's JSON shape: the effective settings the UI draws itself from.

use poem_openapi::{Enum, Object};

use super::dto::{ApplicationDto, IdentifierTypeDto};
use crate::{
    domain::app_policy::{Branding, RegistrationMode},
    service::sign_in_exp::SignInExperience,
};

/// Who may register: anyone, only with an invitation, or nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "RegistrationMode", rename_all = "lowercase")]
pub enum RegistrationModeDto {
    Open,
    Invitation,
    Off,
}

impl From<RegistrationMode> for RegistrationModeDto {
    fn from(m: RegistrationMode) -> Self {
        match m {
            RegistrationMode::Open => Self::Open,
            RegistrationMode::Invitation => Self::Invitation,
            RegistrationMode::Off => Self::Off,
        }
    }
}

impl From<RegistrationModeDto> for RegistrationMode {
    fn from(m: RegistrationModeDto) -> Self {
        match m {
            RegistrationModeDto::Open => Self::Open,
            RegistrationModeDto::Invitation => Self::Invitation,
            RegistrationModeDto::Off => Self::Off,
        }
    }
}

/// How the application presents itself on the sign-in pages; every field optional.
#[derive(Debug, Object)]
#[oai(rename = "Branding", rename_all = "camelCase")]
pub struct BrandingDto {
    #[oai(skip_serializing_if_is_none)]
    pub display_name: Option<String>,
    /// An `https:` or `data:image/…` URL.
    #[oai(skip_serializing_if_is_none)]
    pub logo_url: Option<String>,
    /// `#rrggbb`.
    #[oai(skip_serializing_if_is_none)]
    pub primary_color: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub terms_url: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub privacy_url: Option<String>,
}

impl From<Branding> for BrandingDto {
    fn from(b: Branding) -> Self {
        Self {
            display_name: b.display_name,
            logo_url: b.logo_url,
            primary_color: b.primary_color,
            terms_url: b.terms_url,
            privacy_url: b.privacy_url,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "TwoFactorSettings", rename_all = "camelCase")]
pub struct TwoFactorDto {
    pub enabled: bool,
    /// Every user signs in with a second factor: one without sets up an authenticator app
    /// (the `enrollMfa` step).
    pub required: bool,
}

#[derive(Debug, Object)]
#[oai(rename = "SignInSettings", rename_all = "camelCase")]
pub struct SignInDto {
    /// Sign-in by password.
    pub local: bool,
    /// Sign-in without a password, by a code mailed to the account's confirmed address
    /// (`sendVerificationCode` with `SignIn`, beside `verifyPassword` in `nextSteps`).
    pub email_code: bool,
    /// External providers to show as buttons, in the configured order.
    pub connectors: Vec<super::social_dto::ConnectorDto>,
    /// Local sign-in is off and this is the one provider: `/oidc/auth` goes straight to it.
    #[oai(skip_serializing_if_is_none)]
    pub login_button_provider: Option<String>,
    pub identifiers: Vec<IdentifierTypeDto>,
    pub remember_me: bool,
}

#[derive(Debug, Object)]
#[oai(rename = "SignUpSettings", rename_all = "camelCase")]
pub struct SignUpDto {
    pub enabled: bool,
    /// `enabled` and `openRegistration` in one word.
    pub mode: RegistrationModeDto,
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
    pub two_factor: TwoFactorDto,
    /// The application's branding (empty without `appId` or when it has none).
    pub branding: BrandingDto,
    pub languages: Vec<String>,
    #[oai(skip_serializing_if_is_none)]
    pub application: Option<ApplicationDto>,
}

impl From<SignInExperience> for SignInExperienceDto {
    fn from(s: SignInExperience) -> Self {
        Self {
            sign_in: SignInDto {
                local: s.local,
                email_code: s.email_code,
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
            },
            sign_up: SignUpDto {
                enabled: s.registration != RegistrationMode::Off,
                mode: s.registration.into(),
                open_registration: s.registration == RegistrationMode::Open,
                invitation: s.invitation,
                captcha: s.captcha,
                identifiers: s.sign_up_identifiers.into_iter().map(Into::into).collect(),
            },
            password_reset: PasswordResetDto {
                enabled: s.password_reset,
            },
            two_factor: TwoFactorDto {
                enabled: s.two_factor_enabled,
                required: s.two_factor_required,
            },
            branding: s.branding.into(),
            languages: s.languages.into_iter().map(String::from).collect(),
            application: s.application.as_ref().map(Into::into),
        }
    }
}
