//! `/api/my-account`: the account API. Every operation takes a bearer access token that a
//! first-party client got with the scope `account`; handlers authenticate, call one service
//! function and map the result.

mod dto;
pub(super) mod error;
mod identities;
mod identities_dto;
mod mfa;
mod mfa_dto;

pub use self::{identities::AccountIdentitiesApi, mfa::AccountMfaApi};

use poem::{Request, http::header::ACCEPT_LANGUAGE, web::Data};
use poem_openapi::{
    ApiResponse, OpenApi, SecurityScheme, auth::Bearer, param::Header, param::Path, payload::Json,
    types::MaybeUndefined,
};
use secrecy::SecretString;

use self::dto::*;
use super::{
    client_ip,
    error::{ApiError, ErrorCode},
    experience::{ApiTags, text::Text},
};
use crate::{
    service::account::{self, Caller, apps, delete, email, password, profile, sessions, verification},
    state::AppState,
};

/// An access token of a first-party client with the scope `account`.
#[derive(SecurityScheme)]
#[oai(rename = "accountToken", ty = "bearer", bearer_format = "JWT")]
pub struct AccountToken(Bearer);

#[derive(ApiResponse)]
pub enum Done {
    /// Done.
    #[oai(status = 204)]
    Done,
}

async fn caller(state: &AppState, token: &AccountToken) -> Result<Caller, ApiError> {
    Ok(account::authenticate(state, Some(&token.0.token)).await?)
}

fn language(req: &Request) -> Option<&str> {
    req.header(ACCEPT_LANGUAGE)
}

/// Left out: unchanged; a string: set (`""` clears). `null` is not a string, as the schema says.
fn patch(field: &str, value: MaybeUndefined<Text>) -> Result<profile::Patch, ApiError> {
    match value {
        MaybeUndefined::Undefined => Ok(None),
        MaybeUndefined::Value(text) => Ok(Some(Some(String::from(text)))),
        MaybeUndefined::Null => Err(ApiError::new(
            ErrorCode::RequestInvalidBody,
            format!("`{field}` must be a string: send \"\" to clear it"),
        )),
    }
}

pub struct AccountApi;

/// Sensitive operations take `Gatehouse-Verification-Id` from a verification of the last 10
/// minutes; without one they answer 401 `account.verification_required`.
#[OpenApi(prefix_path = "/api", tag = "ApiTags::Account")]
impl AccountApi {
    /// The signed-in account
    #[oai(path = "/my-account", method = "get", operation_id = "getAccount")]
    async fn get(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<AccountDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(profile::view(&state, &caller).into()))
    }

    /// Change the name or the language
    #[oai(path = "/my-account", method = "patch", operation_id = "updateAccount")]
    async fn update(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        body: Json<UpdateBody>,
    ) -> Result<Json<AccountDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let UpdateBody { name, locale } = body.0;
        let done = profile::update(&state, &caller, patch("name", name)?, patch("locale", locale)?).await?;
        Ok(Json(done.into()))
    }

    /// Delete the account
    ///
    /// Ends every session and token and removes the account's personal data. Needs a
    /// verification.
    #[oai(path = "/my-account", method = "delete", operation_id = "deleteAccount")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        delete::delete(&state, &caller, verification_id.0.as_deref(), language(req)).await?;
        Ok(Done::Done)
    }

    /// Set the username, once
    ///
    /// Only for an account that has none; a username is never changed.
    #[oai(path = "/my-account/username", method = "post", operation_id = "setUsername")]
    async fn set_username(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        body: Json<UsernameBody>,
    ) -> Result<Json<AccountDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(
            profile::set_username(&state, &caller, &body.0.username).await?.into(),
        ))
    }

    /// Change or set the password
    ///
    /// Needs a verification. Signs out every other session and ends every other grant's
    /// tokens; the calling session and token go on.
    #[oai(path = "/my-account/password", method = "put", operation_id = "setPassword")]
    async fn set_password(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        body: Json<PasswordBody>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        let password = SecretString::from(String::from(body.0.password));
        password::set(&state, &caller, verification_id.0.as_deref(), &password, language(req)).await?;
        Ok(Done::Done)
    }

    /// Verify with the password
    ///
    /// Wrong passwords count toward lockout, as at sign-in.
    #[oai(
        path = "/my-account/verifications/password",
        method = "post",
        operation_id = "verifyAccountPassword"
    )]
    async fn verify_password(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        body: Json<PasswordBody>,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let password = SecretString::from(String::from(body.0.password));
        let issued = verification::by_password(&state, &caller, &password, client_ip(&state, req)).await?;
        Ok(Json(issued.into()))
    }

    /// Send a code to the confirmed address
    #[oai(
        path = "/my-account/verifications/email-code",
        method = "post",
        operation_id = "sendAccountVerificationCode"
    )]
    async fn send_code(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let issued = verification::send_email_code(&state, &caller, client_ip(&state, req), language(req)).await?;
        Ok(Json(issued.into()))
    }

    /// Verify with the code
    #[oai(
        path = "/my-account/verifications/email-code/verify",
        method = "post",
        operation_id = "verifyAccountVerificationCode"
    )]
    async fn verify_code(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        body: Json<CodeBody>,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let CodeBody { verification_id, code } = body.0;
        Ok(Json(
            verification::verify_email_code(&state, &caller, &verification_id, &code)
                .await?
                .into(),
        ))
    }

    /// Change the email address
    ///
    /// Needs a verification. Sends a code to the new address; the address changes when the
    /// code comes back (`POST /api/my-account/email/verify`).
    #[oai(path = "/my-account/email", method = "post", operation_id = "changeEmail")]
    async fn change_email(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        body: Json<EmailBody>,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let issued = email::request_change(
            &state,
            &caller,
            verification_id.0.as_deref(),
            &body.0.email,
            client_ip(&state, req),
            language(req),
        )
        .await?;
        Ok(Json(issued.into()))
    }

    /// Send a confirmation code to the unconfirmed address
    #[oai(
        path = "/my-account/email/confirmation",
        method = "post",
        operation_id = "sendEmailConfirmation"
    )]
    async fn send_confirmation(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let issued = email::send_confirmation(&state, &caller, client_ip(&state, req), language(req)).await?;
        Ok(Json(issued.into()))
    }

    /// Confirm an address with its code
    ///
    /// The code of a change (the new address replaces the old one, which gets a notice) or of
    /// a confirmation.
    #[oai(path = "/my-account/email/verify", method = "post", operation_id = "verifyEmail")]
    async fn verify_email(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        body: Json<CodeBody>,
    ) -> Result<Json<AccountDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let CodeBody { verification_id, code } = body.0;
        email::verify(&state, &caller, &verification_id, &code, language(req)).await?;
        Ok(Json(profile::reload(&state, &caller).await?.into()))
    }

    /// Where the account is signed in
    #[oai(path = "/my-account/sessions", method = "get", operation_id = "listSessions")]
    async fn sessions(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<Vec<SessionDto>>, ApiError> {
        let caller = caller(&state, &token).await?;
        let list = sessions::list(&state, &caller).await?;
        Ok(Json(list.into_iter().map(Into::into).collect()))
    }

    /// Sign out every other session
    #[oai(path = "/my-account/sessions", method = "delete", operation_id = "endOtherSessions")]
    async fn end_others(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<EndedDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(EndedDto {
            ended: sessions::end_others(&state, &caller).await?,
        }))
    }

    /// Sign out one session
    ///
    /// The applications signed in there lose their tokens.
    #[oai(path = "/my-account/sessions/:id", method = "delete", operation_id = "endSession")]
    async fn end_session(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(validator(max_length = 128))] id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        sessions::end(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Applications with access
    #[oai(path = "/my-account/apps", method = "get", operation_id = "listApps")]
    async fn apps(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<Vec<AppDto>>, ApiError> {
        let caller = caller(&state, &token).await?;
        let list = apps::list(&state, &caller).await?;
        Ok(Json(list.into_iter().map(Into::into).collect()))
    }

    /// Withdraw an application's access
    ///
    /// Forgets the consent and ends every token the application holds for this account.
    #[oai(path = "/my-account/apps/:clientId", method = "delete", operation_id = "withdrawApp")]
    async fn withdraw(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(name = "clientId", validator(max_length = 128))] client_id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        apps::withdraw(&state, &caller, &client_id.0).await?;
        Ok(Done::Done)
    }
}
