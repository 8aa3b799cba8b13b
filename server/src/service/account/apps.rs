//! The apps section: which applications the user let in, and withdrawing that access.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::{AccountError, Caller, Result};
use crate::{
    service::audit::{self, AuditEvent, AuditKind},
    state::AppState,
    storage,
};

#[derive(Debug, Clone)]
pub struct AppAccess {
    pub client_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub since: DateTime<Utc>,
    pub first_party: bool,
    /// The origins of its redirect URIs: where a "back to the application" link may lead.
    pub origins: Vec<String>,
    /// The application making this call.
    pub current: bool,
}

/// `GET /api/my-account/apps`.
pub async fn list(state: &AppState, caller: &Caller) -> Result<Vec<AppAccess>> {
    let mut apps = Vec::new();
    for access in storage::grants::access_of_user(&state.db, &caller.user.id).await? {
        // A deleted client's consents went with it; a grant may outlive it briefly.
        let Some(client) = storage::clients::find(&state.db, &access.client_id).await? else {
            continue;
        };
        let mut origins: Vec<String> = client
            .redirect_uris
            .iter()
            .filter_map(|u| url::Url::parse(u).ok())
            .map(|u| u.origin().ascii_serialization())
            .collect();
        origins.dedup();
        apps.push(AppAccess {
            origins,
            current: client.id == caller.client_id,
            client_id: client.id,
            name: client.name,
            scopes: access.scopes,
            since: access.since,
            first_party: client.first_party,
        });
    }
    Ok(apps)
}

/// `DELETE /api/my-account/apps/{clientId}`: forgets the consent and ends every grant the
/// application holds for this user, as `gatehouse consent revoke` does.
pub async fn withdraw(state: &AppState, caller: &Caller, client_id: &str) -> Result<()> {
    let tx = storage::begin(&state.db).await?;
    if !storage::grants::withdraw_consent(&tx, &caller.user.id, client_id, Utc::now()).await? {
        return Err(AccountError::ApplicationNotFound);
    }
    // The application whose access ends, not the one making the call.
    let event = AuditEvent::new(AuditKind::ConsentWithdrawn)
        .user(&caller.user.id)
        .client(client_id)
        .details(json!({"by": "user"}));
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %caller.user.id, client_id, "access withdrawn by the user");
    Ok(())
}
