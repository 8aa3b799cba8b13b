//! `/api/experience/verification/{verification-code,invitation}`, the captcha challenge and the
//! new password of a reset.

use poem::{Request, web::Data};
use poem_openapi::{OpenApi, payload::Json};
use secrecy::SecretString;

use super::{ApiTags, NoContent, cookie, dto::VerificationIdDto, verification_dto::*};
use crate::{
    http::{client_ip, error::ApiError},
    service::{
        captcha,
        experience::{
            password_reset,
            verification_code::{self, CodeRequest},
        },
        invitations,
    },
    state::AppState,
};

pub struct VerificationApi;

#[OpenApi(prefix_path = "/api")]
impl VerificationApi {
    /// Send a one-time code
    ///
    /// Sends 6 digits to the address, valid 10 minutes, for this interaction's event
    /// (`Register`, `ForgotPassword`, or `SignIn` when the sign-in experience says
    /// `signIn.emailCode`: only an account's confirmed address gets it); a newer code replaces
    /// it. The answer is the same whether or not the address has an account. Limited per address (one a minute, five an
    /// hour) and per client: `rate_limit.exceeded` with `Retry-After`.
    #[oai(
        path = "/experience/verification/verification-code",
        operation_id = "sendVerificationCode",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn send_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<SendCodeBody>,
    ) -> Result<Json<CodeSentDto>, ApiError> {
        let request = CodeRequest {
            event: body.0.interaction_event.into(),
            email: &body.0.identifier.value,
            client_ip: client_ip(&state, req),
            accept_language: req.header("accept-language"),
        };
        let sent = verification_code::send(&state, cookie(&state, req).as_deref(), request).await?;
        Ok(Json(CodeSentDto {
            verification_id: sent.verification_id,
            code: sent.demo_code,
        }))
    }

    /// Verify a one-time code
    ///
    /// Five wrong tries kill the code. Then identify with the same `verificationId`. A wrong
    /// sign-in code counts toward the address's lockout, as a wrong password does.
    #[oai(
        path = "/experience/verification/verification-code/verify",
        operation_id = "verifyCode",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<VerifyCodeBody>,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let VerifyCodeBody {
            identifier,
            verification_id,
            code,
        } = body.0;
        let email = &identifier.value;
        let verification_id = verification_code::verify(
            &state,
            cookie(&state, req).as_deref(),
            email,
            &verification_id,
            code.trim(),
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Redeem an invitation
    ///
    /// In a `Register` interaction. Identify with the returned `verificationId`: the new account
    /// takes the invited contact's id, address (confirmed) and name.
    #[oai(
        path = "/experience/verification/invitation",
        operation_id = "redeemInvitation",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn invitation(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<InvitationBody>,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let verification_id = invitations::redeem(
            &state,
            cookie(&state, req).as_deref(),
            &body.0.code,
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Where an invitation link starts a sign-in
    ///
    /// For a link opened with no interaction under way: the login initiation endpoint of the
    /// application the invitation names (OpenID Connect Core, section 4), which starts an
    /// authorization request; keep the code and redeem it in the `Register` interaction that
    /// follows. Does not use the invitation up; `invitation.no_application` when it names no
    /// application that has such an endpoint. Limited per client, like redeeming.
    #[oai(
        path = "/experience/invitation/login-initiation",
        operation_id = "invitationLoginInitiation",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn invitation_login_initiation(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<InvitationBody>,
    ) -> Result<Json<LoginInitiationDto>, ApiError> {
        let initiate_login_uri = invitations::login_initiation(&state, &body.0.code, client_ip(&state, req)).await?;
        Ok(Json(LoginInitiationDto { initiate_login_uri }))
    }

    /// Set the new password of a reset
    ///
    /// In a `ForgotPassword` interaction, once identified. Checked against the password policy
    /// (`user.weak_password` lists every broken rule in `details.rules`); set at submit.
    #[oai(
        path = "/experience/profile/password",
        operation_id = "resetPassword",
        method = "put",
        tag = "ApiTags::Experience"
    )]
    async fn new_password(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<NewPasswordBody>,
    ) -> Result<NoContent, ApiError> {
        let password = SecretString::from(body.0.password.0);
        password_reset::set_password(&state, cookie(&state, req).as_deref(), &password).await?;
        Ok(NoContent::Done)
    }

    /// A captcha challenge
    ///
    /// For `PUT /api/experience` with `Register` when the sign-in experience says
    /// `signUp.captcha`. ALTCHA-compatible; valid 10 minutes, its solution accepted once.
    #[oai(
        path = "/experience/captcha",
        operation_id = "getCaptcha",
        method = "get",
        tag = "ApiTags::Experience"
    )]
    async fn captcha(&self, state: Data<&AppState>) -> Json<CaptchaDto> {
        Json(captcha::challenge(&state).into())
    }
}
