//! Lockout (`lockout.*`): after `max_failed_attempts` wrong passwords in a row for one
//! identifier, it is refused for `duration`, with the very answer a wrong password gets, after
//! the same argon2 work. Unknown identifiers are counted and locked like known ones, so the lock
//! tells nothing about which accounts exist.

use chrono::Utc;

use crate::{
    domain::{identifier::IdentifierType, lockout::lockout_key},
    service::InternalError,
    state::AppState,
    storage::{self, login_failures::FailureStatus},
};

/// One password attempt's standing, read before the password is checked.
pub struct Attempt {
    key: String,
    status: FailureStatus,
}

impl Attempt {
    pub fn locked(&self) -> bool {
        self.status == FailureStatus::Locked
    }
}

fn enabled(state: &AppState) -> bool {
    let lockout = &state.settings.lockout;
    lockout.on_failed_password && lockout.enabled_by_default
}

pub async fn begin(state: &AppState, kind: IdentifierType, raw: &str) -> Result<Attempt, InternalError> {
    let key = lockout_key(kind, raw);
    let status = if enabled(state) {
        storage::login_failures::status(&state.db, &key, Utc::now()).await?
    } else {
        FailureStatus::Clean
    };
    Ok(Attempt { key, status })
}

/// A wrong password (or an unknown identifier): one more failure, unless already locked.
pub async fn failed(state: &AppState, attempt: &Attempt) -> Result<(), InternalError> {
    if !enabled(state) || attempt.locked() {
        return Ok(());
    }
    let now = Utc::now();
    let lockout = &state.settings.lockout;
    let until = now + lockout.duration.chrono();
    storage::login_failures::record_failure(&state.db, &attempt.key, lockout.max_failed_attempts, until, now).await?;
    Ok(())
}

/// A correct password on an unlocked identifier starts the count again.
pub async fn succeeded(state: &AppState, attempt: &Attempt) -> Result<(), InternalError> {
    if attempt.status == FailureStatus::Counting {
        storage::login_failures::clear(&state.db, &attempt.key).await?;
    }
    Ok(())
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
