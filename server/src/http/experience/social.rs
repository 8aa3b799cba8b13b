//! `/api/experience/verification/social/{connectorId}/...`: sign-in and sign-up with an
//! external provider.

use poem::{Request, web::Data};
use poem_openapi::{OpenApi, param::Path, payload::Json};

use super::{ApiTags, NoContent, cookie, social_dto::*};
use crate::{
    http::{client_ip, error::ApiError},
    service::experience::social,
    state::AppState,
};

pub struct SocialApi;

#[OpenApi(prefix_path = "/api")]
impl SocialApi {
    /// Start a sign-in with an external provider
    ///
    /// Stores the request (its `state`, a `nonce` and a PKCE verifier) with this interaction
    /// and returns where to send the browser. The provider comes back to `redirectUri` with the
    /// query to give to `.../verify`.
    #[oai(
        path = "/experience/verification/social/:connectorId/authorization-uri",
        operation_id = "createSocialAuthorizationUri",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn authorization_uri(
        &self,
        state: Data<&AppState>,
        req: &Request,
        #[oai(name = "connectorId")] connector_id: Path<String>,
        body: Json<AuthorizationUriBody>,
    ) -> Result<Json<AuthorizationUriDto>, ApiError> {
        let (authorization_uri, verification_id) = social::authorization_uri(
            &state,
            cookie(&state, req).as_deref(),
            &connector_id.0,
            &body.0.redirect_uri.0,
            &body.0.state.0,
            client_ip(&state, req),
        )
        .await?;
        Ok(Json(AuthorizationUriDto {
            authorization_uri,
            verification_id,
        }))
    }

    /// Verify the provider's answer
    ///
    /// Checks `state`, exchanges the code, checks the ID token (signature, issuer, audience,
    /// expiry, nonce) and reads the user. A known identity is then identified as usual; an
    /// unknown one gives the `identityNotLinked` step. Each request is verified once.
    #[oai(
        path = "/experience/verification/social/:connectorId/verify",
        operation_id = "verifySocial",
        method = "post",
        tag = "ApiTags::Experience"
    )]
    async fn verify(
        &self,
        state: Data<&AppState>,
        req: &Request,
        #[oai(name = "connectorId")] connector_id: Path<String>,
        body: Json<SocialVerifyBody>,
    ) -> Result<NoContent, ApiError> {
        social::verify(
            &state,
            cookie(&state, req).as_deref(),
            &connector_id.0,
            &body.0.verification_id.0,
            &body.0.connector_data,
        )
        .await?;
        Ok(NoContent::Done)
    }
}
