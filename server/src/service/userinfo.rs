//! `/oidc/me`: the claims of the user an access token was issued for.

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::{
    crypto::jwt::{self, ACCESS_TOKEN_TYPE},
    service::{InternalError, claims},
    state::AppState,
    storage,
};

#[derive(Debug, thiserror::Error)]
pub enum UserInfoError {
    #[error("no access token was presented")]
    MissingToken,
    #[error("the access token is not valid")]
    InvalidToken,
    #[error("the access token does not carry the openid scope")]
    InsufficientScope,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

#[derive(Deserialize)]
struct AccessClaims {
    sub: String,
    #[serde(default)]
    scope: Option<String>,
}

pub async fn userinfo(
    state: &AppState,
    token: Option<&str>,
) -> Result<Map<String, Value>, UserInfoError> {
    let token = token.ok_or(UserInfoError::MissingToken)?;
    let claims: AccessClaims =
        jwt::verify(&state.keys(), token, ACCESS_TOKEN_TYPE, &state.issuer())
            .map_err(|_| UserInfoError::InvalidToken)?;
    // Client-credentials tokens have no scope and no user.
    let scope = claims.scope.ok_or(UserInfoError::InvalidToken)?;
    let scopes: Vec<&str> = scope.split(' ').collect();
    if !scopes.contains(&"openid") {
        return Err(UserInfoError::InsufficientScope);
    }
    let user = storage::users::find(&state.db, &claims.sub)
        .await
        .map_err(InternalError::from)?
        .ok_or(UserInfoError::InvalidToken)?;
    Ok(claims::for_scopes(&user, &scopes))
}
