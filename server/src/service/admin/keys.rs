//! Signing keys, as an administrator rotates them.

use super::AdminCaller;
use crate::{
    service::{
        InternalError,
        keys::{self, Rotation},
    },
    state::AppState,
};

/// Rotates a signing key, recorded with the admin client that asked.
pub async fn rotate_key(state: &AppState, caller: &AdminCaller, alg: &str) -> Result<Rotation, InternalError> {
    let rotation = keys::rotate_and_reload(state, alg).await?;
    let details = serde_json::json!({ "kid": rotation.kid, "alg": alg });
    super::audited(state, caller, "key.rotated", None, details).await;
    Ok(rotation)
}
