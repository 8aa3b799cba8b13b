//! Checking the access tokens we issued: signature and expiry, then the database, so that a
//! revoked token or grant stops working at once on every instance.

use chrono::{DateTime, TimeZone, Utc};
use serde::Deserialize;

use crate::{
    crypto::jwt::{self, ACCESS_TOKEN_TYPE},
    service::InternalError,
    state::AppState,
    storage,
};

#[derive(Debug, Clone, Deserialize)]
pub struct AccessClaims {
    pub sub: String,
    pub client_id: String,
    #[serde(default)]
    pub scope: Option<String>,
    pub exp: i64,
    pub iat: i64,
    pub jti: String,
    /// The grant of a user's token; absent on client-credentials tokens.
    #[serde(default)]
    pub gid: Option<String>,
}

impl AccessClaims {
    pub fn expires_at(&self) -> DateTime<Utc> {
        Utc.timestamp_opt(self.exp, 0).single().unwrap_or_else(Utc::now)
    }

    pub fn scopes(&self) -> Vec<&str> {
        self.scope
            .as_deref()
            .map(|s| s.split(' ').collect())
            .unwrap_or_default()
    }
}

/// The claims of a token that is genuine, unexpired and not revoked; `None` otherwise.
pub async fn validate(state: &AppState, token: &str) -> Result<Option<AccessClaims>, InternalError> {
    let Ok(claims) = jwt::verify::<AccessClaims>(&state.keys(), token, ACCESS_TOKEN_TYPE, &state.issuer()) else {
        return Ok(None);
    };
    let active = storage::grants::access_token_active(&state.db, &claims.jti, claims.gid.as_deref()).await?;
    Ok(active.then_some(claims))
}
