//! Password attempts per normalised identifier, and the lock they lead to. In the database so
//! that every instance counts the same attempts.
//!
//! An attempt is counted when it arrives, before its password is hashed, in one statement:
//! concurrent attempts (on any instance) each see a different count, so no burst gets more
//! than `max_failures` passwords checked per lock.

use chrono::{DateTime, Utc};
use sea_orm::{
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};

use super::{Conn, Result, StorageError, entity::login_failures};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureStatus {
    /// No failure since the last success or unlock.
    Clean,
    /// Some failures, or a lock that has ended.
    Counting,
    Locked,
}

/// What counting one arriving attempt found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// Attempts since the last success, unlock or lock, this one included.
    pub count: i32,
    pub locked: bool,
}

/// Rows without a lock, or whose lock has ended.
fn not_locked_at(now: DateTime<Utc>) -> Expr {
    login_failures::COLUMN
        .locked_until
        .is_null()
        .or(login_failures::COLUMN.locked_until.lte(now))
}

/// The stored row's column inside `ON CONFLICT DO UPDATE` (qualified: PostgreSQL would find a
/// bare name ambiguous beside `excluded`).
fn stored(column: login_failures::Column) -> Expr {
    Expr::col((login_failures::Entity, column))
}

pub async fn status(conn: &impl Conn, identifier: &str, now: DateTime<Utc>) -> Result<FailureStatus> {
    let row = login_failures::Entity::find_by_id(identifier.to_owned())
        .one(conn)
        .await?;
    Ok(match row {
        None => FailureStatus::Clean,
        Some(row) if row.locked_until.is_some_and(|until| until > now) => FailureStatus::Locked,
        Some(_) => FailureStatus::Counting,
    })
}

/// Counts one arriving attempt, unless the identifier is locked (attempts during a lock do not
/// make it longer). A count last moved before `stale_before` starts again: an attempt whose
/// process died before it could clear or lock must not hold the identifier for ever.
pub async fn count_attempt(
    conn: &impl Conn,
    identifier: &str,
    stale_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Counted> {
    use login_failures::Column as C;
    let locked = stored(C::LockedUntil).gt(now);
    let count = Expr::case(locked.clone(), stored(C::FailedCount))
        .case(stored(C::UpdatedAt).lt(stale_before), Expr::val(1))
        .finally(stored(C::FailedCount).add(1));
    let updated_at = Expr::case(locked, stored(C::UpdatedAt)).finally(Expr::val(now));
    let statement = Query::insert()
        .into_table(login_failures::Entity)
        .columns([C::Identifier, C::FailedCount, C::UpdatedAt])
        .values_panic([identifier.into(), 1.into(), now.into()])
        .on_conflict(
            OnConflict::column(C::Identifier)
                .value(C::FailedCount, count)
                .value(C::UpdatedAt, updated_at)
                .to_owned(),
        )
        .returning(Query::returning().columns([C::FailedCount, C::LockedUntil]))
        .to_owned();
    let row = conn
        .query_one(&statement)
        .await?
        .ok_or_else(|| StorageError::corrupt("login failure", "the upsert returned no row"))?;
    let count: i32 = row.try_get("", "failed_count")?;
    let locked_until: Option<DateTime<Utc>> = row.try_get("", "locked_until")?;
    Ok(Counted {
        count,
        locked: locked_until.is_some_and(|until| until > now),
    })
}

/// Locks the identifier until `locked_until` and starts the count again for after the lock;
/// a lock already in force is left as it is.
pub async fn lock(conn: &impl Conn, identifier: &str, locked_until: DateTime<Utc>, now: DateTime<Utc>) -> Result<()> {
    login_failures::Entity::update_many()
        .col_expr(login_failures::COLUMN.failed_count, Expr::value(0))
        .col_expr(login_failures::COLUMN.locked_until, Expr::value(locked_until))
        .col_expr(login_failures::COLUMN.updated_at, Expr::value(now))
        .filter(login_failures::COLUMN.identifier.eq(identifier))
        .filter(not_locked_at(now))
        .exec(conn)
        .await?;
    Ok(())
}

/// A correct password forgets the attempts, unless a lock was set while it was being checked:
/// true when no lock stands in its way.
pub async fn clear_unless_locked(conn: &impl Conn, identifier: &str, now: DateTime<Utc>) -> Result<bool> {
    let deleted = login_failures::Entity::delete_many()
        .filter(login_failures::COLUMN.identifier.eq(identifier))
        .filter(not_locked_at(now))
        .exec(conn)
        .await?;
    // Nothing deleted: a lock, or a row already gone (an unlock, a concurrent success).
    Ok(deleted.rows_affected > 0 || status(conn, identifier, now).await? != FailureStatus::Locked)
}

/// An administrator's unlock forgets the attempts and any lock; false when there was nothing
/// to forget.
pub async fn clear(conn: &impl Conn, identifier: &str) -> Result<bool> {
    let result = login_failures::Entity::delete_many()
        .filter(login_failures::COLUMN.identifier.eq(identifier))
        .exec(conn)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Removes counters that no longer lock and were last touched before `before`.
pub async fn delete_stale(conn: &impl Conn, before: DateTime<Utc>, now: DateTime<Utc>) -> Result<u64> {
    let result = login_failures::Entity::delete_many()
        .filter(login_failures::COLUMN.updated_at.lt(before))
        .filter(not_locked_at(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
