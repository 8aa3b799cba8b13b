//! The sessions section: where the account is signed in, and signing those browsers out.
//! Ending a session also ends the grants given in it, so the apps signed in there lose their
//! tokens (offline ones too: the owner asked for that browser to be signed out).

use chrono::{DateTime, Utc};

use super::{AccountError, Caller, Result};
use crate::{state::AppState, storage};

#[derive(Debug, Clone)]
pub struct SessionView {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    pub current: bool,
}

/// `GET /api/my-account/sessions`.
pub async fn list(state: &AppState, caller: &Caller) -> Result<Vec<SessionView>> {
    let sessions = storage::sessions::list_live_of_user(&state.db, &caller.user.id, Utc::now()).await?;
    Ok(sessions
        .into_iter()
        // A session of an older security stamp signs nobody in any more.
        .filter(|s| s.security_stamp == caller.user.security_stamp)
        .map(|s| SessionView {
            current: s.id == caller.session_id,
            id: s.id,
            created_at: s.created_at,
            last_used_at: s.last_seen_at,
            user_agent: s.user_agent,
            ip: s.ip,
        })
        .collect())
}

/// `DELETE /api/my-account/sessions/{id}`.
pub async fn end(state: &AppState, caller: &Caller, session_id: &str) -> Result<()> {
    if session_id == caller.session_id {
        return Err(AccountError::CurrentSession);
    }
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::sessions::revoke_of_user(&tx, session_id, &caller.user.id, now).await? {
        return Err(AccountError::SessionNotFound);
    }
    storage::grants::revoke_of_sessions(&tx, &[session_id.to_owned()], now).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %caller.user.id, "session ended by its owner");
    Ok(())
}

/// `DELETE /api/my-account/sessions`: every session but the caller's. How many ended.
pub async fn end_others(state: &AppState, caller: &Caller) -> Result<u64> {
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let ended = storage::sessions::revoke_others_of_user(&tx, &caller.user.id, Some(&caller.session_id), now).await?;
    storage::grants::revoke_of_sessions(&tx, &ended, now).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %caller.user.id, sessions_ended = ended.len(), "other sessions ended by their owner");
    Ok(ended.len() as u64)
}
