//! The administration API's use cases. The caller is a client (a back office, an operator's
//! script) holding a client-credentials token of the scope `admin`, never a user.

pub mod applications;
pub mod audit_log;
pub mod cursor;
pub mod invitations;
pub mod keys;
pub mod settings;
pub mod users;

use serde_json::Value;

use crate::{
    domain::client::ADMIN_SCOPE,
    service::{
        InternalError, access_tokens,
        audit::{self, AuditEvent, AuditKind},
    },
    state::AppState,
    storage,
};

/// The admin client a call comes from.
#[derive(Debug, Clone)]
pub struct AdminCaller {
    pub client_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("a valid access token is needed")]
    InvalidToken,
    #[error("the token does not carry the `admin` scope of an admin client")]
    InsufficientScope,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<storage::StorageError> for AdminError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// Checks an admin call's bearer token: genuine, unexpired, not revoked, issued by client
/// credentials with the scope `admin`, to a client that is still an admin client (asked at
/// every call, so that taking the flag away takes the API away at once).
pub async fn authenticate(state: &AppState, token: &str) -> Result<AdminCaller, AdminError> {
    let claims = access_tokens::validate(state, token)
        .await?
        .ok_or(AdminError::InvalidToken)?;
    // A user's token (it has a grant) never administers, whatever its scopes.
    if claims.gid.is_some() || !claims.scopes().contains(&ADMIN_SCOPE) {
        return Err(AdminError::InsufficientScope);
    }
    let client = storage::clients::find(&state.db, &claims.client_id)
        .await?
        .ok_or(AdminError::InvalidToken)?;
    if !client.admin {
        return Err(AdminError::InsufficientScope);
    }
    Ok(AdminCaller { client_id: client.id })
}

/// Records an administrator's action, done already: a failed write is logged, and the answer
/// stands (failing it would tell the caller something untrue).
pub(crate) async fn audited(
    state: &AppState,
    caller: &AdminCaller,
    action: &'static str,
    user_id: Option<&str>,
    details: Value,
) {
    let event = AuditEvent::new(AuditKind::Admin(action))
        .maybe_user(user_id)
        .client(&caller.client_id)
        .details(details);
    audit::record_or_log(&state.db, event).await;
}

/// Records an operator's change made on the server with the command line (`details.by` is
/// `cli`, and no client made it); like [`audited`], a failed write is logged.
pub async fn audited_from_cli(state: &AppState, action: &'static str, user_id: Option<&str>, mut details: Value) {
    if let Value::Object(fields) = &mut details {
        fields.insert("by".into(), "cli".into());
    }
    let event = AuditEvent::new(AuditKind::Admin(action))
        .maybe_user(user_id)
        .details(details);
    audit::record_or_log(&state.db, event).await;
}
