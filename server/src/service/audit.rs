//! The audit log: who did what security-relevant thing, when, from where.
//!
//! Services add an event with one call where the action happens. The client's address and
//! browser come from the request being served ([`in_request`], set by the HTTP layer), so no
//! service passes them along; outside a request (the CLI) they are absent.
//!
//! Details hold ids, method and factor names, connector ids, scope lists and reason codes:
//! never a password, a code, a token or an identifier as typed (it may be a mistyped password).

use std::{borrow::Cow, future::Future, net::IpAddr};

use chrono::{DateTime, Utc};
use serde_json::Value;

pub use crate::storage::audit::{AuditRecord, Filter};
use crate::{
    service::InternalError,
    storage::{self, Conn, Db, StorageError, audit::NewAuditEvent},
};

/// What happened. [`AuditKind::as_str`] is stable: it is stored, filtered on and read by
/// scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditKind {
    SignInSucceeded,
    SignInFailed,
    Lockout,
    Registration,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    MfaEnrolled,
    MfaRemoved,
    BackupCodesRegenerated,
    IdentityLinked,
    IdentityUnlinked,
    ConsentGranted,
    ConsentWithdrawn,
    TokenRevoked,
    AccountDeleted,
    /// An administrator's action, named without the `admin.` prefix (`application.created`).
    Admin(&'static str),
}

impl AuditKind {
    /// Every kind but the administrators' actions.
    pub const USER_KINDS: [AuditKind; 16] = [
        Self::SignInSucceeded,
        Self::SignInFailed,
        Self::Lockout,
        Self::Registration,
        Self::PasswordChanged,
        Self::PasswordReset,
        Self::EmailChanged,
        Self::MfaEnrolled,
        Self::MfaRemoved,
        Self::BackupCodesRegenerated,
        Self::IdentityLinked,
        Self::IdentityUnlinked,
        Self::ConsentGranted,
        Self::ConsentWithdrawn,
        Self::TokenRevoked,
        Self::AccountDeleted,
    ];

    pub fn as_str(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Self::SignInSucceeded => "sign_in.succeeded",
            Self::SignInFailed => "sign_in.failed",
            Self::Lockout => "lockout",
            Self::Registration => "registration",
            Self::PasswordChanged => "password.changed",
            Self::PasswordReset => "password.reset",
            Self::EmailChanged => "email.changed",
            Self::MfaEnrolled => "mfa.enrolled",
            Self::MfaRemoved => "mfa.removed",
            Self::BackupCodesRegenerated => "backup_codes.regenerated",
            Self::IdentityLinked => "identity.linked",
            Self::IdentityUnlinked => "identity.unlinked",
            Self::ConsentGranted => "consent.granted",
            Self::ConsentWithdrawn => "consent.withdrawn",
            Self::TokenRevoked => "token.revoked",
            Self::AccountDeleted => "account.deleted",
            Self::Admin(action) => return Cow::Owned(format!("admin.{action}")),
        })
    }
}

/// One event, as a service sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEvent {
    pub kind: AuditKind,
    pub user_id: Option<String>,
    pub client_id: Option<String>,
    /// A small JSON object (see the module's note on what it may hold).
    pub details: Value,
}

impl AuditEvent {
    pub fn new(kind: AuditKind) -> Self {
        Self {
            kind,
            user_id: None,
            client_id: None,
            details: Value::Object(Default::default()),
        }
    }

    pub fn user(mut self, id: impl Into<String>) -> Self {
        self.user_id = Some(id.into());
        self
    }

    /// The user when known: a refused sign-in may name nobody.
    pub fn maybe_user(mut self, id: Option<impl Into<String>>) -> Self {
        self.user_id = id.map(Into::into);
        self
    }

    pub fn client(mut self, id: impl Into<String>) -> Self {
        self.client_id = Some(id.into());
        self
    }

    pub fn details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }
}

/// The request being served, as the audit log records it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestMeta {
    pub ip: Option<IpAddr>,
    pub user_agent: Option<String>,
}

tokio::task_local! {
    static REQUEST: RequestMeta;
}

/// Runs `work` (serving one request) with `meta` as the request every event in it records.
pub async fn in_request<F: Future>(meta: RequestMeta, work: F) -> F::Output {
    REQUEST.scope(meta, work).await
}

fn current_request() -> RequestMeta {
    REQUEST.try_with(Clone::clone).unwrap_or_default()
}

/// Adds the event on `conn`. Given the transaction of the action, the event is stored with
/// the action or not at all, and a failure fails the action: nothing done goes unrecorded.
pub async fn record(conn: &impl Conn, event: AuditEvent) -> Result<(), StorageError> {
    let request = current_request();
    let ip = request.ip.map(|ip| ip.to_canonical().to_string());
    let kind = event.kind.as_str();
    let new = NewAuditEvent {
        kind: &kind,
        user_id: event.user_id.as_deref(),
        client_id: event.client_id.as_deref(),
        ip: ip.as_deref(),
        user_agent: request.user_agent.as_deref(),
        details: &event.details,
    };
    storage::audit::insert(conn, new, Utc::now()).await
}

/// For an action that has no transaction to share (a refusal, a single statement already
/// done): a failed write is logged as an error and the action's own answer stands, since
/// failing a refusal or an action already done would tell the user something untrue.
pub async fn record_or_log(db: &Db, event: AuditEvent) {
    let kind = event.kind.as_str();
    if let Err(e) = record(db, event).await {
        tracing::error!(error = %e, kind = %kind, "could not write an audit event");
    }
}

/// Up to `limit` events matching `filter`, oldest first, after the `(occurred_at, id)` of the
/// last event of the previous page.
pub async fn page(
    db: &Db,
    filter: &Filter,
    after: Option<(DateTime<Utc>, String)>,
    limit: u64,
) -> Result<Vec<AuditRecord>, InternalError> {
    Ok(storage::audit::page(db, filter, after, limit).await?)
}

/// The last `limit` events matching `filter`, oldest first (`gatehouse audit tail`).
pub async fn latest(db: &Db, filter: &Filter, limit: u64) -> Result<Vec<AuditRecord>, InternalError> {
    Ok(storage::audit::latest(db, filter, limit).await?)
}

/// A kind `gatehouse audit tail --type` may name: one of ours, or any administrator's action.
pub fn is_known_kind(kind: &str) -> bool {
    kind.strip_prefix("admin.").is_some_and(|action| !action.is_empty())
        || AuditKind::USER_KINDS.iter().any(|k| k.as_str() == kind)
}

/// Rows deleted per statement, so that a large purge never holds locks for long.
const PURGE_BATCH: u64 = 1000;

/// Deletes the events older than `retention`; how many this call deleted. Batches go on until
/// one finds nothing, so that an instance purging beside another still leaves nothing old.
pub async fn purge(db: &Db, retention: chrono::Duration) -> Result<u64, InternalError> {
    let cutoff = Utc::now() - retention;
    let mut total = 0;
    loop {
        let deleted = storage::audit::purge_before(db, cutoff, PURGE_BATCH).await?;
        if deleted == 0 {
            return Ok(total);
        }
        total += deleted;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_distinct_dotted_names_and_admin_actions_are_prefixed() {
        let names: std::collections::HashSet<_> = AuditKind::USER_KINDS.iter().map(AuditKind::as_str).collect();
        assert_eq!(names.len(), AuditKind::USER_KINDS.len());
        assert_eq!(AuditKind::BackupCodesRegenerated.as_str(), "backup_codes.regenerated");
        assert_eq!(
            AuditKind::Admin("application.created").as_str(),
            "admin.application.created"
        );
        assert!(is_known_kind("sign_in.failed"));
        assert!(is_known_kind("admin.user.locked"));
        assert!(!is_known_kind("admin."));
        assert!(!is_known_kind("sign_in"));
    }

    #[tokio::test]
    async fn the_request_is_known_inside_its_scope_only() {
        let meta = RequestMeta {
            ip: Some([192, 0, 2, 7].into()),
            user_agent: Some("curl/8".into()),
        };
        let inside = in_request(meta.clone(), async { current_request() }).await;
        assert_eq!(inside, meta);
        assert_eq!(current_request(), RequestMeta::default());
    }
}
