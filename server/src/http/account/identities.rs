//! `/api/my-account/identities`: the external identities that sign the account in, and
//! `/api/my-account/verifications/social`: proving it is the user with one of them.

use poem::{Request, web::Data};
use poem_openapi::{OpenApi, param::Header, param::Path, payload::Json};

use super::{AccountToken, Done, caller, dto::VerificationDto, identities_dto::*, language};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::account::{identities, verification},
    state::AppState,
};

pub struct AccountIdentitiesApi;

/// Linking and unlinking take `Gatehouse-Verification-Id` and sign out every other session.
#[OpenApi(prefix_path = "/api", tag = "ApiTags::Account")]
impl AccountIdentitiesApi {
    /// Linked identities
    ///
    /// The account's external identities, whether each may be unlinked now, and the
    /// providers it may link identities of.
    #[oai(path = "/my-account/identities", method = "get", operation_id = "listIdentities")]
    async fn list(&self, state: Data<&AppState>, token: AccountToken) -> Result<Json<IdentitiesDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(identities::view(&state, &caller).await?.into()))
    }

    /// Start linking an identity
    ///
    /// Stores the request with this account and returns where to send the browser; the
    /// provider comes back to `redirectUri` with the query to give to
    /// `POST /api/my-account/identities`.
    #[oai(
        path = "/my-account/identities/social/:connectorId/authorization-uri",
        method = "post",
        operation_id = "createIdentityAuthorizationUri"
    )]
    async fn authorization_uri(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(name = "connectorId", validator(max_length = 32))] connector_id: Path<String>,
        body: Json<AuthorizationUriBody>,
    ) -> Result<Json<AuthorizationUriDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let AuthorizationUriBody {
            state: ui_state,
            redirect_uri,
        } = body.0;
        let (authorization_uri, verification_id) =
            identities::authorization_uri(&state, &caller, &connector_id.0, &redirect_uri, &ui_state).await?;
        Ok(Json(AuthorizationUriDto {
            authorization_uri,
            verification_id,
        }))
    }

    /// Link an identity
    ///
    /// Needs a verification. Checks the provider's answer (as at sign-in) and links the
    /// identity it proves, unless an account has it already. Signs out every other session.
    #[oai(path = "/my-account/identities", method = "post", operation_id = "linkIdentity")]
    async fn link(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        body: Json<SocialBody>,
    ) -> Result<Json<IdentityDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let request = identities::LinkRequest {
            connector_id: &body.0.connector_id,
            request_id: &body.0.verification_id,
            connector_data: &body.0.connector_data,
        };
        let linked = identities::link(&state, &caller, verification_id.0.as_deref(), request, language(req)).await?;
        Ok(Json(linked.into()))
    }

    /// Unlink an identity
    ///
    /// Needs a verification. Refused while it is the account's last way to sign in. Signs
    /// out every other session.
    #[oai(
        path = "/my-account/identities/:id",
        method = "delete",
        operation_id = "unlinkIdentity"
    )]
    async fn unlink(
        &self,
        state: Data<&AppState>,
        req: &Request,
        token: AccountToken,
        #[oai(name = "Gatehouse-Verification-Id")] verification_id: Header<Option<String>>,
        #[oai(validator(max_length = 128))] id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        identities::unlink(&state, &caller, verification_id.0.as_deref(), &id.0, language(req)).await?;
        Ok(Done::Done)
    }

    /// Start a verification with a linked identity
    ///
    /// For an account without a password or confirmed address. The provider comes back to
    /// `redirectUri` with the query to give to `POST /api/my-account/verifications/social`.
    #[oai(
        path = "/my-account/verifications/social/:connectorId/authorization-uri",
        method = "post",
        operation_id = "createVerificationAuthorizationUri"
    )]
    async fn verification_uri(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        #[oai(name = "connectorId", validator(max_length = 32))] connector_id: Path<String>,
        body: Json<AuthorizationUriBody>,
    ) -> Result<Json<AuthorizationUriDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let AuthorizationUriBody {
            state: ui_state,
            redirect_uri,
        } = body.0;
        let (authorization_uri, verification_id) =
            verification::social_authorization_uri(&state, &caller, &connector_id.0, &redirect_uri, &ui_state).await?;
        Ok(Json(AuthorizationUriDto {
            authorization_uri,
            verification_id,
        }))
    }

    /// Verify with a linked identity
    ///
    /// The provider's answer, checked as at sign-in, must prove an identity linked to this
    /// account.
    #[oai(
        path = "/my-account/verifications/social",
        method = "post",
        operation_id = "verifyAccountSocial"
    )]
    async fn verify(
        &self,
        state: Data<&AppState>,
        token: AccountToken,
        body: Json<SocialBody>,
    ) -> Result<Json<VerificationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let SocialBody {
            connector_id,
            verification_id,
            connector_data,
        } = body.0;
        let issued = verification::by_social(&state, &caller, &connector_id, &verification_id, &connector_data).await?;
        Ok(Json(issued.into()))
    }
}
