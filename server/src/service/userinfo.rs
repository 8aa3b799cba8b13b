//! `/oidc/me`: the claims of the user an access token was issued for.

use serde_json::{Map, Value};

use crate::{
    service::{InternalError, access_tokens, claims},
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

pub async fn userinfo(state: &AppState, token: Option<&str>) -> Result<Map<String, Value>, UserInfoError> {
    let token = token.ok_or(UserInfoError::MissingToken)?;
    let claims = access_tokens::validate(state, token)
        .await?
        .ok_or(UserInfoError::InvalidToken)?;
    // Client-credentials tokens have no grant and no user.
    if claims.gid.is_none() {
        return Err(UserInfoError::InvalidToken);
    }
    let scopes = claims.scopes();
    if !scopes.contains(&"openid") {
        return Err(UserInfoError::InsufficientScope);
    }
    let user = storage::users::find(&state.db, &claims.sub)
        .await
        .map_err(InternalError::from)?
        .ok_or(UserInfoError::InvalidToken)?;
    Ok(claims::for_scopes(&user, &scopes))
}
