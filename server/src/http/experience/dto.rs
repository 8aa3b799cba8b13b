//! The Experience API's JSON shapes (camelCase, like Logto's).

use poem_openapi::{Enum, Object, Union};

use super::{
    mfa_dto::{EnrollFactorDto, EnrollMfaStep, MfaStep},
    policy_dto::{FormPolicies, PasswordPolicyDto},
    profile_dto::{ProfileDto, ProfileStep},
    text::Text,
};
use crate::{
    domain::{
        client::Client,
        identifier::IdentifierType,
        interaction::{InteractionEvent, NextStep, VerificationRecord},
    },
    service::experience::InteractionView,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "InteractionEvent", rename_all = "PascalCase")]
pub enum EventDto {
    SignIn,
    Register,
    ForgotPassword,
}

impl From<EventDto> for InteractionEvent {
    fn from(e: EventDto) -> Self {
        match e {
            EventDto::SignIn => Self::SignIn,
            EventDto::Register => Self::Register,
            EventDto::ForgotPassword => Self::ForgotPassword,
        }
    }
}

impl From<InteractionEvent> for EventDto {
    fn from(e: InteractionEvent) -> Self {
        match e {
            InteractionEvent::SignIn => Self::SignIn,
            InteractionEvent::Register => Self::Register,
            InteractionEvent::ForgotPassword => Self::ForgotPassword,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "IdentifierType", rename_all = "lowercase")]
pub enum IdentifierTypeDto {
    Username,
    Email,
}

impl From<IdentifierTypeDto> for IdentifierType {
    fn from(t: IdentifierTypeDto) -> Self {
        match t {
            IdentifierTypeDto::Username => Self::Username,
            IdentifierTypeDto::Email => Self::Email,
        }
    }
}

impl From<IdentifierType> for IdentifierTypeDto {
    fn from(t: IdentifierType) -> Self {
        match t {
            IdentifierType::Username => Self::Username,
            IdentifierType::Email => Self::Email,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "InteractionEventRequest", rename_all = "camelCase")]
pub struct EventBody {
    pub interaction_event: EventDto,
    /// A solved `GET /api/experience/captcha`, for `Register` when `signUp.captcha` is on.
    #[oai(validator(max_length = 2048))]
    pub captcha_token: Option<Text>,
}

#[derive(Debug, Object)]
#[oai(rename = "Identifier", rename_all = "camelCase")]
pub struct IdentifierDto {
    #[oai(rename = "type")]
    pub kind: IdentifierTypeDto,
    #[oai(validator(max_length = 320))]
    pub value: Text,
}

#[derive(Object)]
#[oai(rename = "PasswordVerificationRequest", rename_all = "camelCase")]
pub struct PasswordBody {
    pub identifier: IdentifierDto,
    #[oai(validator(max_length = 4096))]
    pub password: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "VerificationIdResponse", rename_all = "camelCase")]
pub struct VerificationIdDto {
    pub verification_id: String,
}

#[derive(Debug, Object)]
#[oai(rename = "RememberMeRequest", rename_all = "camelCase")]
pub struct RememberMeBody {
    pub remember_me: bool,
}

#[derive(Debug, Object)]
#[oai(rename = "IdentificationRequest", rename_all = "camelCase")]
pub struct IdentificationBody {
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
    /// A social verification (`identityNotLinked`) to link to the account a password
    /// verification proves; linked at submit, after any second factor.
    #[oai(validator(max_length = 64))]
    pub link_verification_id: Option<Text>,
}

#[derive(Debug, Object)]
#[oai(rename = "SubmitResponse", rename_all = "camelCase")]
pub struct SubmitDto {
    /// Navigate the browser here: the server finishes the authorization and returns to the client.
    pub redirect_to: String,
}

#[derive(Debug, Object)]
#[oai(rename = "Application", rename_all = "camelCase")]
pub struct ApplicationDto {
    pub client_id: String,
    pub name: String,
}

impl From<&Client> for ApplicationDto {
    fn from(c: &Client) -> Self {
        Self {
            client_id: c.id.clone(),
            name: c.name.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "VerificationType", rename_all = "camelCase")]
pub enum VerificationTypeDto {
    Password,
    EmailCode,
    Invitation,
}

#[derive(Debug, Object)]
#[oai(rename = "Verification", rename_all = "camelCase")]
pub struct VerificationDto {
    pub verification_id: String,
    #[oai(rename = "type")]
    pub kind: VerificationTypeDto,
    pub identifier_type: IdentifierTypeDto,
    /// For an email code: whether the right code came back.
    pub verified: bool,
}

impl VerificationDto {
    /// The verifications of the first factor by password, code or invitation; a second factor
    /// and an external identity show in `nextSteps` instead (`mfa`, `identify`,
    /// `identityNotLinked`).
    fn of(v: &VerificationRecord) -> Option<Self> {
        let (kind, identifier_type, verified) = match v {
            VerificationRecord::Password { identifier_type, .. } => {
                (VerificationTypeDto::Password, (*identifier_type).into(), true)
            }
            VerificationRecord::EmailCode { verified, .. } => {
                (VerificationTypeDto::EmailCode, IdentifierTypeDto::Email, *verified)
            }
            VerificationRecord::Invitation { .. } => (VerificationTypeDto::Invitation, IdentifierTypeDto::Email, true),
            VerificationRecord::SecondFactor { .. } | VerificationRecord::Social { .. } => return None,
        };
        Some(Self {
            verification_id: v.id().to_owned(),
            kind,
            identifier_type,
            verified,
        })
    }
}

#[derive(Debug, Object)]
#[oai(rename = "StartInteractionStep", rename_all = "camelCase")]
pub struct StartInteractionStep {
    /// Events the UI may start with `PUT /api/experience`.
    pub events: Vec<EventDto>,
}

#[derive(Debug, Object)]
#[oai(rename = "VerifyPasswordStep", rename_all = "camelCase")]
pub struct VerifyPasswordStep {
    /// Identifier types the sign-in form may ask for.
    pub identifier_types: Vec<IdentifierTypeDto>,
}

#[derive(Debug, Object)]
#[oai(rename = "IdentifyStep", rename_all = "camelCase")]
pub struct IdentifyStep {
    pub verification_id: String,
    /// An external identity no account has yet, from earlier in this interaction: pass it as
    /// `linkVerificationId` to link it to the account this verification proves.
    #[oai(skip_serializing_if_is_none)]
    pub link_verification_id: Option<String>,
}

#[derive(Debug, Object)]
#[oai(rename = "SendVerificationCodeStep", rename_all = "camelCase")]
pub struct SendCodeStep {
    /// Where the code may go: `email`.
    pub identifier_types: Vec<IdentifierTypeDto>,
}

#[derive(Debug, Object)]
#[oai(rename = "VerifyCodeStep", rename_all = "camelCase")]
pub struct VerifyCodeStep {
    pub verification_id: String,
    /// Where the code went.
    pub email: String,
}

#[derive(Debug, Object)]
#[oai(rename = "RedeemInvitationStep", rename_all = "camelCase")]
pub struct RedeemInvitationStep {
    pub endpoint: String,
}

#[derive(Debug, Object)]
#[oai(rename = "ResetPasswordStep", rename_all = "camelCase")]
pub struct ResetPasswordStep {
    pub endpoint: String,
    pub password_policy: PasswordPolicyDto,
}

#[derive(Debug, Object)]
#[oai(rename = "ConsentStep", rename_all = "camelCase")]
pub struct ConsentStep {
    /// The scopes the application asks for; show them in plain words.
    pub scopes: Vec<String>,
    pub application: ApplicationDto,
}

#[derive(Debug, Object)]
#[oai(rename = "SubmitStep", rename_all = "camelCase")]
pub struct SubmitStep {
    /// Where to send the submit request.
    pub endpoint: String,
}

/// One thing the UI must do next; `type` tells which.
#[derive(Debug, Union)]
#[oai(rename = "NextStep", discriminator_name = "type")]
pub enum NextStepDto {
    #[oai(mapping = "startInteraction")]
    StartInteraction(StartInteractionStep),
    #[oai(mapping = "verifyPassword")]
    VerifyPassword(VerifyPasswordStep),
    #[oai(mapping = "identify")]
    Identify(IdentifyStep),
    #[oai(mapping = "identityNotLinked")]
    IdentityNotLinked(super::social_dto::IdentityNotLinkedStep),
    #[oai(mapping = "consent")]
    Consent(ConsentStep),
    #[oai(mapping = "profile")]
    Profile(ProfileStep),
    #[oai(mapping = "sendVerificationCode")]
    SendVerificationCode(SendCodeStep),
    #[oai(mapping = "verifyCode")]
    VerifyCode(VerifyCodeStep),
    #[oai(mapping = "redeemInvitation")]
    RedeemInvitation(RedeemInvitationStep),
    #[oai(mapping = "resetPassword")]
    ResetPassword(ResetPasswordStep),
    #[oai(mapping = "mfa")]
    Mfa(MfaStep),
    #[oai(mapping = "enrollMfa")]
    EnrollMfa(EnrollMfaStep),
    #[oai(mapping = "submit")]
    Submit(SubmitStep),
}

impl NextStepDto {
    fn new(step: NextStep, client: &Client, policies: &FormPolicies) -> Self {
        match step {
            NextStep::StartInteraction { events } => Self::StartInteraction(StartInteractionStep {
                events: events.into_iter().map(Into::into).collect(),
            }),
            NextStep::VerifyPassword { identifier_types } => Self::VerifyPassword(VerifyPasswordStep {
                identifier_types: identifier_types.into_iter().map(Into::into).collect(),
            }),
            NextStep::Identify {
                verification_id,
                link_verification_id,
            } => Self::Identify(IdentifyStep {
                verification_id,
                link_verification_id,
            }),
            NextStep::IdentityNotLinked {
                verification_id,
                connector_id,
                email,
                name,
                register,
                link,
            } => Self::IdentityNotLinked(super::social_dto::IdentityNotLinkedStep {
                verification_id,
                connector_id,
                email,
                name,
                register,
                link,
            }),
            NextStep::Consent { scopes } => Self::Consent(ConsentStep {
                scopes,
                application: client.into(),
            }),
            NextStep::Profile {
                missing,
                identifier_types,
            } => Self::Profile(ProfileStep {
                missing: missing.into_iter().map(Into::into).collect(),
                identifier_types: identifier_types.into_iter().map(Into::into).collect(),
                password_policy: policies.password.clone(),
                username_policy: policies.username.clone(),
            }),
            NextStep::SendVerificationCode { identifier_types } => Self::SendVerificationCode(SendCodeStep {
                identifier_types: identifier_types.into_iter().map(Into::into).collect(),
            }),
            NextStep::VerifyCode { verification_id, email } => {
                Self::VerifyCode(VerifyCodeStep { verification_id, email })
            }
            NextStep::RedeemInvitation => Self::RedeemInvitation(RedeemInvitationStep {
                endpoint: "/api/experience/verification/invitation".into(),
            }),
            NextStep::ResetPassword => Self::ResetPassword(ResetPasswordStep {
                endpoint: "/api/experience/profile/password".into(),
                password_policy: policies.password.clone(),
            }),
            NextStep::Mfa {
                factors,
                masked_email,
                remember_browser,
            } => Self::Mfa(MfaStep {
                factors: factors.into_iter().map(Into::into).collect(),
                masked_email,
                remember_browser,
            }),
            NextStep::EnrollMfa => Self::EnrollMfa(EnrollMfaStep {
                factors: vec![EnrollFactorDto::Totp],
            }),
            NextStep::Submit => Self::Submit(SubmitStep {
                endpoint: "/api/experience/submit".into(),
            }),
        }
    }
}

/// Where the interaction stands and what comes next.
#[derive(Debug, Object)]
#[oai(rename = "Interaction", rename_all = "camelCase")]
pub struct InteractionDto {
    #[oai(skip_serializing_if_is_none)]
    pub interaction_event: Option<EventDto>,
    pub application: ApplicationDto,
    /// The client's `login_hint`: prefill the identifier with it.
    #[oai(skip_serializing_if_is_none)]
    pub login_hint: Option<String>,
    /// The client's `ui_locales`, space-separated, most preferred first.
    #[oai(skip_serializing_if_is_none)]
    pub ui_locales: Option<String>,
    pub verifications: Vec<VerificationDto>,
    pub identified: bool,
    /// The user's "remember me" choice so far.
    pub remember_me: bool,
    /// What a registration has collected so far.
    pub profile: ProfileDto,
    /// In order; the first is the one to do now.
    pub next_steps: Vec<NextStepDto>,
}

impl InteractionDto {
    pub fn new(view: InteractionView, policies: &FormPolicies) -> Self {
        let it = view.interaction;
        Self {
            interaction_event: it.event.map(Into::into),
            application: (&view.client).into(),
            login_hint: it.request.login_hint,
            ui_locales: it.request.ui_locales,
            verifications: it.verifications.iter().filter_map(VerificationDto::of).collect(),
            identified: it.user_id.is_some(),
            remember_me: it.remember_me,
            profile: (&it.profile).into(),
            next_steps: view
                .next_steps
                .into_iter()
                .map(|step| NextStepDto::new(step, &view.client, policies))
                .collect(),
        }
    }
}
