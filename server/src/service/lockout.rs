//! Lockout (`lockout.*`): after `max_failed_attempts` wrong passwords in a row for one
//! identifier, it is refused for `duration`, with the very answer a wrong password gets, after
//! the same argon2 work. Unknown identifiers are counted and locked like known ones, so the lock
//! tells nothing about which accounts exist.

use chrono::Utc;
use serde_json::json;

use crate::{
    domain::{identifier::IdentifierType, lockout::lockout_key},
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
    },
    state::AppState,
    storage,
};

/// One password attempt, counted when it arrived.
pub struct Attempt {
    key: String,
    /// Its place among the attempts since the last success, unlock or lock; `None` when
    /// lockout is off.
    count: Option<i32>,
    locked: bool,
}

impl Attempt {
    /// The counter this attempt counts toward.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The password may be honoured: no lock, and no more attempts in flight or failed than a
    /// lock allows. A refused attempt is still hashed, so that it costs what any other costs.
    pub fn admitted(&self, state: &AppState) -> bool {
        !self.locked && self.count.is_none_or(|count| count <= max_attempts(state))
    }
}

fn enabled(state: &AppState) -> bool {
    let lockout = &state.settings.lockout;
    lockout.on_failed_password && lockout.enabled_by_default
}

fn max_attempts(state: &AppState) -> i32 {
    i32::try_from(state.settings.lockout.max_failed_attempts).unwrap_or(i32::MAX)
}

/// Counts the attempt before its password is checked, so that a burst of concurrent guesses
/// gets no more checks than sequential ones would.
pub async fn begin(state: &AppState, kind: IdentifierType, raw: &str) -> Result<Attempt, InternalError> {
    begin_key(state, lockout_key(kind, raw)).await
}

/// Counts an attempt toward a counter named earlier: a second factor's code counts toward the
/// identifier its user signed in with, as a wrong password would.
pub async fn begin_key(state: &AppState, key: String) -> Result<Attempt, InternalError> {
    if !enabled(state) {
        return Ok(Attempt {
            key,
            count: None,
            locked: false,
        });
    }
    let now = Utc::now();
    let stale_before = now - state.settings.lockout.duration.chrono();
    let counted = storage::login_failures::count_attempt(&state.db, &key, stale_before, now).await?;
    Ok(Attempt {
        key,
        count: Some(counted.count),
        locked: counted.locked,
    })
}

/// A wrong password (or an unknown identifier): the attempt that reaches the limit locks.
/// `user_id`: the account the identifier names, if any, for the audit log.
pub async fn failed(state: &AppState, attempt: &Attempt, user_id: Option<&str>) -> Result<(), InternalError> {
    if attempt.count != Some(max_attempts(state)) || attempt.locked {
        return Ok(());
    }
    let now = Utc::now();
    let until = now + state.settings.lockout.duration.chrono();
    storage::login_failures::lock(&state.db, &attempt.key, until, now).await?;
    tracing::warn!(reason = "lockout.started", until = %until, "an identifier is locked after too many failed passwords");
    // The kind of identifier only: the identifier as typed may be a mistyped password.
    let identifier_type = attempt.key.split_once(':').map(|(kind, _)| kind);
    let details = json!({"identifier_type": identifier_type, "until": until.to_rfc3339()});
    // The lock is one statement already done: a failed audit write must not undo it.
    let event = AuditEvent::new(AuditKind::Lockout).maybe_user(user_id).details(details);
    state.metrics.audit_event(&event.kind.as_str());
    audit::record_or_log(&state.db, event).await;
    Ok(())
}

/// A correct password starts the count again; false when a lock was set while it was being
/// checked, which the password does not lift.
pub async fn succeeded(state: &AppState, attempt: &Attempt) -> Result<bool, InternalError> {
    if attempt.count.is_none() {
        return Ok(true);
    }
    Ok(storage::login_failures::clear_unless_locked(&state.db, &attempt.key, Utc::now()).await?)
}

/// `gatehouse user unlock`: forgets the failures and any lock of one identifier; false when
/// there was nothing to forget.
pub async fn unlock(state: &AppState, kind: IdentifierType, raw: &str) -> Result<bool, InternalError> {
    Ok(storage::login_failures::clear(&state.db, &lockout_key(kind, raw)).await?)
}

/// Counters of identifiers nobody has tried for a whole lockout duration.
pub async fn delete_stale(state: &AppState) -> Result<u64, InternalError> {
    let now = Utc::now();
    let before = now - state.settings.lockout.duration.chrono();
    Ok(storage::login_failures::delete_stale(&state.db, before, now).await?)
}
