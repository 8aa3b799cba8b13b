//! The second factor of a sign-in: `/api/experience/verification/{totp,backup-code,
//! mfa-email-code}`, "remember this browser", and setting up an app when one is required.

use poem::{Request, web::Data};
use poem_openapi::{OpenApi, payload::Json};

use super::{ApiTags, NoContent, cookie, dto::VerificationIdDto, mfa_dto::*};
use crate::{
    http::{client_ip, error::ApiError},
    service::experience::mfa,
    state::AppState,
};

pub struct MfaApi;

/// Each answers `mfa.not_available` when the interaction is not at a step this factor serves.
#[OpenApi(prefix_path = "/api")]
impl MfaApi {
    /// Verify an authenticator-app code
    ///
    /// At the `mfa` step: a code of the user's app (each 30-second code is accepted once,
    /// whichever instance sees it first). At the `enrollMfa` step, with the `verificationId` of
    /// a new secret: its first code confirms the app. Wrong codes count toward lockout.
    #[oai(
        path = "/experience/verification/totp/verify",
        operation_id = "verifyTotp",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify_totp(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<TotpVerifyBody>,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let cookie = cookie(&state, req);
        let ip = client_ip(&state, req);
        let TotpVerifyBody { code, verification_id } = body.0;
        let verification_id = match verification_id {
            Some(id) => mfa::confirm_totp(&state, cookie.as_deref(), &id, &code, ip).await?,
            None => mfa::verify_totp(&state, cookie.as_deref(), &code, ip).await?,
        };
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Verify a backup code
    ///
    /// Uses the code up; `remaining` says how many are left.
    #[oai(
        path = "/experience/verification/backup-code/verify",
        operation_id = "verifyBackupCode",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify_backup_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<BackupCodeBody>,
    ) -> Result<Json<BackupCodeVerifiedDto>, ApiError> {
        let (verification_id, remaining) = mfa::verify_backup_code(
            &state,
            cookie(&state, req).as_deref(),
            &body.0.code,
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(BackupCodeVerifiedDto {
            verification_id,
            remaining,
        }))
    }

    /// Mail a sign-in code
    ///
    /// To the user's confirmed address (the `mfa` step's `maskedEmail`): 6 digits, valid 10
    /// minutes, replaced by a newer one, under the limits of every other code.
    #[oai(
        path = "/experience/verification/mfa-email-code",
        operation_id = "sendMfaEmailCode",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn send_email_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let verification_id = mfa::send_email_code(
            &state,
            cookie(&state, req).as_deref(),
            client_ip(&state, req),
            req.header("accept-language"),
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Verify a mailed sign-in code
    ///
    /// Five wrong tries kill the code; wrong codes also count toward lockout.
    #[oai(
        path = "/experience/verification/mfa-email-code/verify",
        operation_id = "verifyMfaEmailCode",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify_email_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<MfaEmailCodeBody>,
    ) -> Result<Json<VerificationIdDto>, ApiError> {
        let MfaEmailCodeBody { verification_id, code } = body.0;
        let verification_id = mfa::verify_email_code(
            &state,
            cookie(&state, req).as_deref(),
            &verification_id,
            &code,
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(VerificationIdDto { verification_id }))
    }

    /// Remember this browser
    ///
    /// At the `mfa` step, before the code: once the sign-in completes, an HttpOnly cookie lets
    /// this user (and only this user) skip the second factor in this browser for
    /// `two_factor.remember_browser_lifetime`. A new password or factor forgets it.
    #[oai(
        path = "/experience/remember-browser",
        operation_id = "setRememberBrowser",
        method = "put",
        tag = "ApiTags::Experience"
    )]
    async fn remember_browser(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<RememberBrowserBody>,
    ) -> Result<NoContent, ApiError> {
        mfa::remember_browser(&state, cookie(&state, req).as_deref(), body.0.remember_browser).await?;
        Ok(NoContent::Done)
    }

    /// A new authenticator-app secret
    ///
    /// At the `enrollMfa` step.
    #[oai(
        path = "/experience/verification/totp/secret",
        operation_id = "createSignInTotpSecret",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn totp_secret(&self, state: Data<&AppState>, req: &Request) -> Result<Json<TotpSecretDto>, ApiError> {
        let enrolment = mfa::totp_secret(&state, cookie(&state, req).as_deref()).await?;
        Ok(Json(enrolment.into()))
    }

    /// Add the confirmed app
    ///
    /// At the `enrollMfa` step, with the `verificationId` whose code was confirmed. Answers the
    /// backup codes, shown once. Other sessions of the account end.
    #[oai(
        path = "/experience/profile/mfa",
        operation_id = "enrollMfa",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn enrol(
        &self,
        state: Data<&AppState>,
        req: &Request,
        body: Json<MfaProfileBody>,
    ) -> Result<Json<BackupCodesDto>, ApiError> {
        let MfaProfileBody { kind, verification_id } = body.0;
        let MfaProfileTypeDto::Totp = kind;
        let backup_codes = mfa::enrol_totp(&state, cookie(&state, req).as_deref(), &verification_id).await?;
        Ok(Json(BackupCodesDto { backup_codes }))
    }
}
