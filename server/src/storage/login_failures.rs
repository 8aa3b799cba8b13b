//! Consecutive failed passwords per normalised identifier, and the lock they lead to. In the
//! database so that every instance counts the same failures.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::{Conn, Result, entity::login_failures};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureStatus {
    /// No failure since the last success or unlock.
    Clean,
    /// Some failures, or a lock that has ended.
    Counting,
    Locked,
}

/// Rows without a lock, or whose lock has ended.
fn not_locked_at(now: DateTime<Utc>) -> Expr {
    login_failures::COLUMN
        .locked_until
        .is_null()
        .or(login_failures::COLUMN.locked_until.lte(now))
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

/// Counts one more failure; the one that reaches `max_failures` locks the identifier until
/// `locked_until` and starts the count again for after the lock. Failures during a lock are not
/// counted, so they do not make it longer.
pub async fn record_failure(
    conn: &impl Conn,
    identifier: &str,
    max_failures: u32,
    locked_until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = login_failures::ActiveModel {
        identifier: Set(identifier.to_owned()),
        failed_count: Set(0),
        locked_until: Set(None),
        updated_at: Set(now),
    };
    login_failures::Entity::insert(row)
        .on_conflict(
            OnConflict::column(login_failures::Column::Identifier)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    // One atomic increment, so that concurrent failures on several instances all count.
    let counted = login_failures::Entity::update_many()
        .col_expr(
            login_failures::COLUMN.failed_count,
            Expr::col(login_failures::Column::FailedCount).add(1),
        )
        .col_expr(login_failures::COLUMN.updated_at, Expr::value(now))
        .filter(login_failures::COLUMN.identifier.eq(identifier))
        .filter(not_locked_at(now))
        .exec_with_returning(conn)
        .await?;
    if counted
        .first()
        .is_some_and(|row| row.failed_count >= max_failures as i32)
    {
        login_failures::Entity::update_many()
            .col_expr(login_failures::COLUMN.failed_count, Expr::value(0))
            .col_expr(login_failures::COLUMN.locked_until, Expr::value(locked_until))
            .filter(login_failures::COLUMN.identifier.eq(identifier))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// A correct password, or an administrator's unlock, forgets the failures and any lock;
/// false when there was nothing to forget.
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
