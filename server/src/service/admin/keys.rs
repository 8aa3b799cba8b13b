//! Signing keys, as an administrator rotates them.

use super::AdminCaller;
use crate::{
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
        keys::{self, Rotation},
    },
    state::AppState,
};

/// Rotates a signing key, recorded with the admin client that asked.
pub async fn rotate_key(state: &AppState, caller: &AdminCaller, alg: &str) -> Result<Rotation, InternalError> {
    let rotation = keys::rotate_and_reload(state, alg).await?;
    let event = AuditEvent::new(AuditKind::Admin("key.rotated"))
        .client(&caller.client_id)
        .details(serde_json::json!({ "kid": rotation.kid, "alg": alg }));
    audit::record_or_log(&state.db, event).await;
    Ok(rotation)
}
