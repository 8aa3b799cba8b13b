//! Reading the audit log through the administration API.

use chrono::{DateTime, Utc};

use super::cursor::PageRequest;
use crate::{
    service::{
        InternalError,
        audit::{self, AuditRecord, Filter},
    },
    state::AppState,
    storage::page::Position,
};

#[derive(Debug, thiserror::Error)]
pub enum AuditLogError {
    #[error("no event has this type")]
    UnknownKind,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

/// The filter of `GET /api/admin/audit`; an unknown `type` is refused rather than answering an
/// empty page, so that a typo is not read as "nothing happened".
fn filter(user: Option<String>, kind: Option<String>, since: Option<DateTime<Utc>>) -> Result<Filter, AuditLogError> {
    // An empty parameter is one left out, as the other lists' filters take it.
    let (user, kind) = (user.filter(|u| !u.is_empty()), kind.filter(|k| !k.is_empty()));
    if kind.as_deref().is_some_and(|k| !audit::is_known_kind(k)) {
        return Err(AuditLogError::UnknownKind);
    }
    Ok(Filter {
        user_id: user,
        kind,
        since,
    })
}

/// One page of the events of `user` and `kind` from `since`, oldest first (new events are
/// added at the end, so a page never shifts).
pub async fn page(
    state: &AppState,
    user: Option<String>,
    kind: Option<String>,
    since: Option<DateTime<Utc>>,
    request: &PageRequest,
) -> Result<Vec<AuditRecord>, AuditLogError> {
    let filter = filter(user, kind, since)?;
    let after = request.after.as_ref().map(|p| (p.at, p.id.clone()));
    Ok(audit::page(&state.db, &filter, after, request.fetch()).await?)
}

pub fn position(record: &AuditRecord) -> Position {
    Position {
        at: record.occurred_at,
        id: record.id.clone(),
    }
}
