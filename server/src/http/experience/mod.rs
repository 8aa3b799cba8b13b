//! `/api/experience` and `/api/.well-known/sign-in-exp`: handlers extract, call one service
//! function and map the result.

pub mod dto;
mod profile_dto;
mod sign_in_exp_dto;
mod verification;
mod verification_dto;

use poem::{Request, web::Data};
use poem_openapi::{ApiResponse, OpenApi, Tags, param::Query, payload::Json};
use secrecy::SecretString;

pub use self::verification::VerificationApi;
use self::{
    dto::*,
    profile_dto::{ProfileBody, ProfileFieldDto},
    sign_in_exp_dto::SignInExperienceDto,
};
use super::{
    cookies,
    error::{ApiError, ErrorCode},
};
use crate::{
    service::{
        experience,
        registration::{self, ProfileValue},
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
}

#[derive(ApiResponse)]
pub enum NoContent {
    /// Done.
    #[oai(status = 204)]
    Done,
}

pub(super) fn cookie(req: &Request) -> Option<String> {
    cookies::read(req, cookies::INTERACTION_COOKIE)
}

/// The client's address, which per-client limits count against: the peer's, or behind a
/// trusted proxy the one its `X-Forwarded-For` names.
pub(super) fn client_ip(state: &AppState, req: &Request) -> Option<std::net::IpAddr> {
    let peer = req.remote_addr().as_socket_addr()?.ip();
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    Some(state.proxies.client_ip(peer, &forwarded))
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
    #[oai(path = "/experience", method = "put", tag = "ApiTags::Experience")]
    async fn start(&self, state: Data<&AppState>, req: &Request, body: Json<EventBody>) -> Result<NoContent, ApiError> {
        let EventBody {
            interaction_event,
            captcha_token,
        } = body.0;
        experience::start(
            &state,
            cookie(req).as_deref(),
            interaction_event.into(),
            captcha_token.as_deref(),
        )
        .await?;
        Ok(NoContent::Done)
    }

    /// Switch the interaction event
    ///
    /// Keeps the verifications already made.
    #[oai(path = "/experience/interaction-event", method = "put", tag = "ApiTags::Experience")]
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
            cookie(req).as_deref(),
            interaction_event.into(),
            captcha_token.as_deref(),
        )
        .await?;
        Ok(NoContent::Done)
    }

    /// Where the interaction stands
    ///
    /// `nextSteps` lists what the UI must do next, the first one now.
    #[oai(path = "/experience/interaction", method = "get", tag = "ApiTags::Experience")]
    async fn interaction(&self, state: Data<&AppState>, req: &Request) -> Result<Json<InteractionDto>, ApiError> {
        let view = experience::view(&state, cookie(req).as_deref()).await?;
        Ok(Json(view.into()))
    }

    /// Verify a password
    ///
    /// An unknown identifier and a wrong password both answer `session.invalid_credentials`.
    #[oai(
        path = "/experience/verification/password",
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
        let password = SecretString::from(password);
        let verification_id = experience::verify_password(
            &state,
            cookie(req).as_deref(),
            identifier.kind.into(),
            &identifier.value,
            &password,
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Identify the user
    ///
    /// The user a verification proved becomes the interaction's user.
    #[oai(path = "/experience/identification", method = "post", tag = "ApiTags::Experience")]
    async fn identify(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<IdentificationBody>,
    ) -> Result<NoContent, ApiError> {
        experience::identify(&state, cookie(req).as_deref(), &body.0.verification_id).await?;
        Ok(NoContent::Done)
    }

    /// Remember me
    ///
    /// Whether the session this sign-in starts survives the browser closing (only when
    /// `sign_in.rememberMe` of the sign-in experience is on).
    #[oai(path = "/experience/remember-me", method = "put", tag = "ApiTags::Experience")]
    async fn remember_me(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<RememberMeBody>,
    ) -> Result<NoContent, ApiError> {
        experience::remember_me(&state, cookie(req).as_deref(), body.0.remember_me).await?;
        Ok(NoContent::Done)
    }

    /// Give a registration field
    ///
    /// In a `Register` interaction: the username (`value`; checked against existing accounts
    /// now and again at submit; a new username forgets a password given before it), an email
    /// proved by a verified code (`verificationId`), then the password (`value`; checked
    /// against the password policy; `user.weak_password` lists every broken rule in
    /// `details.rules`). The account is created at submit.
    #[oai(path = "/experience/profile", method = "post", tag = "ApiTags::Experience")]
    async fn profile(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<ProfileBody>,
    ) -> Result<NoContent, ApiError> {
        let ProfileBody {
            kind,
            value,
            verification_id,
        } = body.0;
        let value = match (kind, value, verification_id) {
            (ProfileFieldDto::Username, Some(value), _) => ProfileValue::Username(value),
            (ProfileFieldDto::Password, Some(value), _) => ProfileValue::Password(SecretString::from(value)),
            (ProfileFieldDto::Email, _, Some(verification_id)) => ProfileValue::Email { verification_id },
            _ => {
                let message = "`username` and `password` need `value`, `email` needs `verificationId`";
                return Err(ApiError::new(ErrorCode::RequestInvalidBody, message));
            }
        };
        registration::set_profile(&state, cookie(req).as_deref(), value, client_ip(&state, req)).await?;
        Ok(NoContent::Done)
    }

    /// Allow the application
    ///
    /// The identified user grants the requested scopes to a third-party application.
    #[oai(path = "/experience/consent", method = "post", tag = "ApiTags::Experience")]
    async fn consent(&self, state: Data<&AppState>, req: &Request) -> Result<NoContent, ApiError> {
        experience::grant_consent(&state, cookie(req).as_deref()).await?;
        Ok(NoContent::Done)
    }

    /// Deny the application
    ///
    /// Ends the interaction; navigate to `redirectTo`, where the application hears `access_denied`.
    #[oai(path = "/experience/consent/deny", method = "post", tag = "ApiTags::Experience")]
    async fn deny(&self, state: Data<&AppState>, req: &Request) -> Result<Json<SubmitDto>, ApiError> {
        let redirect_to = experience::deny_consent(&state, cookie(req).as_deref()).await?;
        Ok(Json(SubmitDto { redirect_to }))
    }

    /// Submit the interaction
    ///
    /// Navigate the browser to `redirectTo` to finish the sign-in.
    #[oai(path = "/experience/submit", method = "post", tag = "ApiTags::Experience")]
    async fn submit(&self, state: Data<&AppState>, req: &Request) -> Result<Json<SubmitDto>, ApiError> {
        let redirect_to = experience::submit(&state, cookie(req).as_deref()).await?;
        Ok(Json(SubmitDto { redirect_to }))
    }

    /// The sign-in experience
    ///
    /// The effective settings for an application (`appId`), or the defaults.
    #[oai(path = "/.well-known/sign-in-exp", method = "get", tag = "ApiTags::WellKnown")]
    async fn sign_in_exp(
        &self,
        state: Data<&AppState>,
        #[oai(name = "appId")] app_id: Query<Option<String>>,
    ) -> Result<Json<SignInExperienceDto>, ApiError> {
        let experience = sign_in_exp::get(&state, app_id.0.as_deref()).await?;
        Ok(Json(experience.into()))
    }
}
