//! Whether a client may act for a user without asking: first-party clients consent
//! implicitly; third-party clients need the user's consent for every scope they ask.

use chrono::Utc;
use serde_json::json;

use crate::{
    domain::{
        auth_request::{AuthRequest, Prompt},
        client::Client,
    },
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
    },
    state::AppState,
    storage,
};

pub async fn needed(
    state: &AppState,
    client: &Client,
    user_id: &str,
    request: &AuthRequest,
) -> Result<bool, InternalError> {
    if client.first_party {
        return Ok(false);
    }
    if request.has_prompt(Prompt::Consent) {
        return Ok(true);
    }
    let granted = storage::grants::consented_scopes(&state.db, user_id, &client.id).await?;
    let granted: Vec<&str> = granted.as_deref().map(|s| s.split(' ').collect()).unwrap_or_default();
    Ok(!request.scopes.iter().all(|s| granted.contains(&s.as_str())))
}

/// `gatehouse consent revoke`: the client must ask again, and its tokens for the user end.
pub async fn withdraw(state: &AppState, user_id: &str, client_id: &str) -> Result<bool, InternalError> {
    let tx = storage::begin(&state.db).await?;
    let changed = storage::grants::withdraw_consent(&tx, user_id, client_id, Utc::now()).await?;
    if changed {
        let event = AuditEvent::new(AuditKind::ConsentWithdrawn)
            .user(user_id)
            .client(client_id)
            .details(json!({"by": "operator"}));
        audit::record(&tx, event).await?;
    }
    storage::commit(tx).await?;
    Ok(changed)
}
