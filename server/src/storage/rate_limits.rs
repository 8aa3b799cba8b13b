//! Fixed-window counters in the database, so that every instance counts the same hits.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::{Conn, Result, entity::rate_limits};

/// Counts one hit on `key`. Returns when the window ends if this hit is over `limit`.
pub async fn hit(
    conn: &impl Conn,
    key: &str,
    window: Duration,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>> {
    let row = rate_limits::ActiveModel {
        key: Set(key.to_owned()),
        window_start: Set(now),
        hits: Set(0),
    };
    rate_limits::Entity::insert(row)
        .on_conflict(OnConflict::column(rate_limits::Column::Key).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    rate_limits::Entity::update_many()
        .col_expr(rate_limits::COLUMN.hits, Expr::value(0))
        .col_expr(rate_limits::COLUMN.window_start, Expr::value(now))
        .filter(rate_limits::COLUMN.key.eq(key))
        .filter(rate_limits::COLUMN.window_start.lte(now - window))
        .exec(conn)
        .await?;
    let counted = rate_limits::Entity::update_many()
        .col_expr(rate_limits::COLUMN.hits, Expr::col(rate_limits::Column::Hits).add(1))
        .filter(rate_limits::COLUMN.key.eq(key))
        .exec_with_returning(conn)
        .await?;
    Ok(counted
        .first()
        .filter(|row| row.hits > limit as i32)
        .map(|row| row.window_start + window))
}

/// Forgets windows that ended before `before`.
pub async fn delete_stale(conn: &impl Conn, before: DateTime<Utc>) -> Result<u64> {
    let result = rate_limits::Entity::delete_many()
        .filter(rate_limits::COLUMN.window_start.lt(before))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
