//! `/api/admin/keys` and `/api/admin/settings`.

use poem::web::Data;
use poem_openapi::{OpenApi, payload::Json};

use super::{AdminToken, caller, dto::*};
use crate::{
    http::{
        error::{ApiError, ErrorCode},
        experience::ApiTags,
    },
    service::{
        admin::{keys as admin_keys, settings},
        keys,
    },
    state::AppState,
};

pub struct AdminSystemApi;

#[OpenApi(prefix_path = "/api/admin", tag = "ApiTags::Admin")]
impl AdminSystemApi {
    /// List the signing keys
    #[oai(path = "/keys", method = "get", operation_id = "adminListKeys")]
    async fn keys(&self, state: Data<&AppState>, token: AdminToken) -> Result<Json<KeyListDto>, ApiError> {
        caller(&state, &token).await?;
        let now = chrono::Utc::now();
        let items = keys::list(&state.db)
            .await?
            .into_iter()
            .map(|k| KeyDto::new(k, now))
            .collect();
        Ok(Json(KeyListDto { items }))
    }

    /// Rotate the signing key of an algorithm
    ///
    /// The new key is published now and signs after `oidc.key_activation_delay`; the keys it
    /// replaces stay published until what they signed has expired.
    #[oai(path = "/keys/rotate", method = "post", operation_id = "adminRotateKey")]
    async fn rotate(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        body: Json<RotateKeyBody>,
    ) -> Result<Json<RotationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let alg = body.0.alg.map_or_else(|| "ES256".to_owned(), String::from);
        if !matches!(alg.as_str(), "ES256" | "RS256") {
            return Err(ApiError::new(
                ErrorCode::RequestInvalidBody,
                "`alg` must be ES256 or RS256",
            ));
        }
        Ok(Json(admin_keys::rotate_key(&state, &caller, &alg).await?.into()))
    }

    /// Read the effective settings
    ///
    /// Every setting after defaults, the file and the environment; secrets are `********` when
    /// set and `null` when not.
    #[oai(path = "/settings", method = "get", operation_id = "adminGetSettings")]
    async fn settings(&self, state: Data<&AppState>, token: AdminToken) -> Result<Json<serde_json::Value>, ApiError> {
        caller(&state, &token).await?;
        Ok(Json(settings::effective(&state.settings)))
    }
}
