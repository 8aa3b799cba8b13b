//! `/api/experience` and `/api/.well-known/sign-in-exp`: handlers extract, call one service
//! function and map the result.

pub mod dto;
mod mfa;
mod mfa_dto;
mod policy_dto;
mod profile_dto;
pub(in crate::http) mod sign_in_exp_dto;
mod social;
mod social_dto;
pub(in crate::http) mod text;
mod verification;
mod verification_dto;

use poem::{Request, web::Data};
use poem_openapi::{ApiResponse, OpenApi, Tags, param::Query, payload::Json};
use secrecy::SecretString;

use self::{dto::*, policy_dto::FormPolicies, profile_dto::ProfileBody, sign_in_exp_dto::SignInExperienceDto};
pub use self::{mfa::MfaApi, policy_dto::PasswordPolicyDto, social::SocialApi, verification::VerificationApi};
use super::{client_ip, cookies, error::ApiError};
use crate::{
    service::{
        experience::{
            self,
            registration::{self, ProfileValue},
        },
        sign_in_exp,
    },
    state::AppState,
};

#[derive(Tags)]
pub enum ApiTags {
    /// Drive a sign-in: the calls an experience app makes.
    Experience,
    /// Configuration the experience app reads.
    WellKnown,
    /// The signed-in user's own account: a bearer access token of a first-party client with
    /// the scope `account`.
    Account,
    /// Administration: a client-credentials access token of an admin client, with the scope
    /// `admin`. For back offices and operators' scripts, never for pages.
    Admin,
}

#[derive(ApiResponse)]
pub enum NoContent {
    /// Done.
    #[oai(status = 204)]
    Done,
}

pub(super) fn cookie(state: &AppState, req: &Request) -> Option<String> {
    cookies::read_interaction(&state.settings, req)
}

pub struct ExperienceApi;

/// Every operation except the well-known one needs the `gatehouse_interaction` cookie that
/// `/oidc/auth` set; without it the answer is `session.not_found`.
#[OpenApi(prefix_path = "/api")]
impl ExperienceApi {
    /// Start the interaction
    ///
    /// Sets the event and forgets any earlier verification. `Register` needs a solved
    /// `captchaToken` when the sign-in experience says `signUp.captcha`.
    #[oai(
        path = "/experience",
        operation_id = "startInteraction",
        method = "put",
        tag = "ApiTags::Experience"
    )]
    async fn start(&self, state: Data<&AppState>, req: &Request, body: Json<EventBody>) -> Result<NoContent, ApiError> {
        let EventBody {
            interaction_event,
            captcha_token,
        } = body.0;
        experience::start(
            &state,
            cookie(&state, req).as_deref(),
            interaction_event.into(),
            captcha_token.as_deref(),
            client_ip(&state, req),
        )
        .await?;
        Ok(NoContent::Done)
    }

    /// Switch the interaction event
    ///
    /// Keeps the verifications already made.
    #[oai(
        path = "/experience/interaction-event",
        operation_id = "changeInteractionEvent",
        method = "put",
        tag = "ApiTags::Experience"
    )]
    async fn switch_event(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<EventBody>,
    ) -> Result<NoContent, ApiError> {
        let EventBody {
            interaction_event,
            captcha_token,
        } = body.0;
        experience::switch_event(
            &state,
            cookie(&state, req).as_deref(),
            interaction_event.into(),
            captcha_token.as_deref(),
            client_ip(&state, req),
        )
        .await?;
        Ok(NoContent::Done)
    }

    /// Where the interaction stands
    ///
    /// `nextSteps` lists what the UI must do next, the first one now.
    #[oai(
        path = "/experience/interaction",
        operation_id = "getInteraction",
        method = "get",
        tag = "ApiTags::Experience"
    )]
    async fn interaction(&self, state: Data<&AppState>, req: &Request) -> Result<Json<InteractionDto>, ApiError> {
        let view = experience::view(&state, cookie(&state, req).as_deref()).await?;
        Ok(Json(InteractionDto::new(view, &FormPolicies::of(&state))))
    }

    /// Verify a password
    ///
    /// An unknown identifier and a wrong password both answer `session.invalid_credentials`.
    #[oai(
        path = "/experience/verification/password",
        operation_id = "verifyPassword",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify_password(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<PasswordBody>,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let PasswordBody { identifier, password } = body.0;
        let password = SecretString::from(password.0);
        let verification_id = experience::verify_password(
            &state,
            cookie(&state, req).as_deref(),
            identifier.kind.into(),
            &identifier.value,
            &password,
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Identify the user
    ///
    /// The user a verification proved becomes the interaction's user. A user with two-factor
    /// authentication on gets the `mfa` step next, unless this browser is remembered for them.
    #[oai(
        path = "/experience/identification",
        operation_id = "identify",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn identify(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<IdentificationBody>,
    ) -> Result<NoContent, ApiError> {
        let remembered = cookies::read_remembered_browser(&state.settings, req);
        experience::identify(
            &state,
            cookie(&state, req).as_deref(),
            &body.0.verification_id.0,
            body.0.link_verification_id.as_ref().map(|t| t.0.as_str()),
            remembered.as_deref(),
            client_ip(&state, req),
        )
        .await?;
        Ok(NoContent::Done)
    }

    /// Remember me
    ///
    /// Whether the session this sign-in starts survives the browser closing (only when
    /// `sign_in.rememberMe` of the sign-in experience is on).
    #[oai(
        path = "/experience/remember-me",
        operation_id = "setRememberMe",
        method = "put",
        tag = "ApiTags::Experience"
    )]
    async fn remember_me(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<RememberMeBody>,
    ) -> Result<NoContent, ApiError> {
        experience::remember_me(&state, cookie(&state, req).as_deref(), body.0.remember_me).await?;
        Ok(NoContent::Done)
    }

    /// Give a registration field
    ///
    /// In a `Register` interaction, in any order: the username (checked against existing
    /// accounts now and again at submit), an email proved by a verified code, the password
    /// (checked against the password policy; `user.weak_password` lists every broken rule in
    /// `details.rules` and the policy in `details.policy`). A field given is kept until given
    /// again; a username or address that the password given earlier contains is refused
    /// (`session.identifier_in_password`) and changes nothing. The account is created at submit.
    #[oai(
        path = "/experience/profile",
        operation_id = "setProfile",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn profile(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<ProfileBody>,
    ) -> Result<NoContent, ApiError> {
        let value = match body.0 {
            ProfileBody::Username(u) => ProfileValue::Username(u.value.0),
            ProfileBody::Password(p) => ProfileValue::Password(SecretString::from(p.value.0)),
            ProfileBody::Email(e) => ProfileValue::Email {
                verification_id: e.verification_id.0,
            },
        };
        registration::set_profile(&state, cookie(&state, req).as_deref(), value, client_ip(&state, req)).await?;
        Ok(NoContent::Done)
    }

    /// Allow the application
    ///
    /// The identified user grants the requested scopes to a third-party application.
    #[oai(
        path = "/experience/consent",
        operation_id = "allowConsent",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn consent(&self, state: Data<&AppState>, req: &Request) -> Result<NoContent, ApiError> {
        experience::grant_consent(&state, cookie(&state, req).as_deref()).await?;
        Ok(NoContent::Done)
    }

    /// Deny the application
    ///
    /// Ends the interaction; navigate to `redirectTo`, where the application hears `access_denied`.
    #[oai(
        path = "/experience/consent/deny",
        operation_id = "denyConsent",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn deny(&self, state: Data<&AppState>, req: &Request) -> Result<Json<SubmitDto>, ApiError> {
        let redirect_to = experience::deny_consent(&state, cookie(&state, req).as_deref()).await?;
        Ok(Json(SubmitDto { redirect_to }))
    }

    /// Submit the interaction
    ///
    /// Navigate the browser to `redirectTo` to finish the sign-in.
    #[oai(
        path = "/experience/submit",
        operation_id = "submit",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn submit(&self, state: Data<&AppState>, req: &Request) -> Result<Json<SubmitDto>, ApiError> {
        let redirect_to = experience::submit(&state, cookie(&state, req).as_deref(), client_ip(&state, req)).await?;
        Ok(Json(SubmitDto { redirect_to }))
    }

    /// The sign-in experience
    ///
    /// The effective settings for an application (`appId`), or the defaults.
    #[oai(
        path = "/.well-known/sign-in-exp",
        operation_id = "getSignInExperience",
        method = "get",
        tag = "ApiTags::WellKnown"
    )]
    async fn sign_in_exp(
        &self,
        state: Data<&AppState>,
        #[oai(name = "appId")] app_id: Query<Option<String>>,
    ) -> Result<Json<SignInExperienceDto>, ApiError> {
        let experience = sign_in_exp::get(&state, app_id.0.as_deref()).await?;
        Ok(Json(experience.into()))
    }
}
