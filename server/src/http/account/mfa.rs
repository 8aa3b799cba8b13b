//! `/api/my-account/mfa`: the two-factor section of the account API.

use poem::{Request, web::Data};
use poem_openapi::{OpenApi, param::Header, param::Path, payload::Json};

use super::{AccountToken, Done, caller, language, mfa_dto::*};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::account::mfa,
    state::AppState,
};

pub struct AccountMfaApi;

/// Changes to the factors and backup codes take `Gatehouse-Verification-Id` and sign out every
/// other session; forgetting remembered browsers needs no verification.
#[OpenApi(prefix_path = "/api", tag = "ApiTags::Account")]
impl AccountMfaApi {
    /// Two-factor settings
    ///
    /// The factors on, what the server offers, the backup codes left and the remembered
    /// browsers.
    #[oai(path = "/my-account/mfa", method = "get", operation_id = "getMfa")]
    async fn get(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<MfaDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(mfa::view(&state, &caller).await?.into()))
    }

    /// A secret for an authenticator app
    ///
    /// Needs a verification. The app is added when its first code comes back
    /// (`POST /api/my-account/mfa/totp`).
    #[oai(
        path = "/my-account/mfa/totp/secret",
        method = "post",
        operation_id = "createTotpSecret"
    )]
    async fn totp_secret(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
    ) -> Result<Json<TotpSecretDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let enrolment = mfa::start_totp(&state, &caller, verification_id.0.as_deref()).await?;
        Ok(Json(enrolment.into()))
    }

    /// Add the authenticator app
    ///
    /// Needs a verification. The first code of the secret adds the app; the account's first
    /// factor also brings its backup codes, shown once. Signs out every other session.
    #[oai(path = "/my-account/mfa/totp", method = "post", operation_id = "enrollTotp")]
    async fn add_totp(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        body: Json<TotpBody>,
    ) -> Result<Json<TotpAddedDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let TotpBody {
            verification_id: setup_id,
            code,
        } = body.0;
        let backup_codes = mfa::enrol_totp(
            &state,
            &caller,
            verification_id.0.as_deref(),
            &setup_id,
            &code,
            language(req),
        )
        .await?;
        Ok(Json(TotpAddedDto { backup_codes }))
    }

    /// Remove the authenticator app
    ///
    /// Needs a verification. With no factor left, the backup codes go too. Signs out every
    /// other session.
    #[oai(path = "/my-account/mfa/totp", method = "delete", operation_id = "removeTotp")]
    async fn remove_totp(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        mfa::remove_totp(&state, &caller, verification_id.0.as_deref(), language(req)).await?;
        Ok(Done::Done)
    }

    /// Turn codes by email on or off
    ///
    /// Needs a verification, and a confirmed address to turn them on. With no factor left,
    /// the backup codes go too. Signs out every other session.
    #[oai(
        path = "/my-account/mfa/email-code",
        method = "put",
        operation_id = "setEmailCodeMfa"
    )]
    async fn set_email_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        body: Json<EmailCodeBody>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        mfa::set_email_code(
            &state,
            &caller,
            verification_id.0.as_deref(),
            body.0.enabled,
            language(req),
        )
        .await?;
        Ok(Done::Done)
    }

    /// New backup codes
    ///
    /// Needs a verification and a factor. The old codes stop working. Signs out every other
    /// session.
    #[oai(
        path = "/my-account/mfa/backup-codes",
        method = "post",
        operation_id = "regenerateBackupCodes"
    )]
    async fn backup_codes(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
    ) -> Result<Json<BackupCodesDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let backup_codes =
            mfa::regenerate_backup_codes(&state, &caller, verification_id.0.as_deref(), language(req)).await?;
        Ok(Json(BackupCodesDto { backup_codes }))
    }

    /// Forget every remembered browser
    ///
    /// Each asks for the second step again at its next sign-in.
    #[oai(
        path = "/my-account/mfa/remembered-browsers",
        method = "delete",
        operation_id = "forgetRememberedBrowsers"
    )]
    async fn forget_browsers(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
    ) -> Result<Json<ForgottenDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(ForgottenDto {
            ended: mfa::forget_browsers(&state, &caller).await?,
        }))
    }

    /// Forget one remembered browser
    #[oai(
        path = "/my-account/mfa/remembered-browsers/:id",
        method = "delete",
        operation_id = "forgetRememberedBrowser"
    )]
    async fn forget_browser(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(validator(max_length = 128))] id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        mfa::forget_browser(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }
}
