//! Fixed-window counters in the database, so that every instance counts the same hits.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};

use super::{Conn, Result, StorageError, entity::rate_limits};

/// One counted hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub window_start: DateTime<Utc>,
    /// Hits in this window, this one included.
    pub hits: i32,
}

/// The stored row's column inside `ON CONFLICT DO UPDATE`.
fn stored(column: rate_limits::Column) -> Expr {
    Expr::col((rate_limits::Entity, column))
}

/// Counts one hit on `key` in one statement, starting a new window when the last one is over,
/// so that concurrent hits on any instance each see their own count.
pub async fn hit(conn: &impl Conn, key: &str, window: Duration, now: DateTime<Utc>) -> Result<Hit> {
    use rate_limits::Column as C;
    let over = stored(C::WindowStart).lte(now - window);
    let statement = Query::insert()
        .into_table(rate_limits::Entity)
        .columns([C::Key, C::WindowStart, C::Hits])
        .values_panic([key.into(), now.into(), 1.into()])
        .on_conflict(
            OnConflict::column(C::Key)
                .value(
                    C::Hits,
                    Expr::case(over.clone(), Expr::val(1)).finally(stored(C::Hits).add(1)),
                )
                .value(
                    C::WindowStart,
                    Expr::case(over, Expr::val(now)).finally(stored(C::WindowStart)),
                )
                .to_owned(),
        )
        .returning(Query::returning().columns([C::WindowStart, C::Hits]))
        .to_owned();
    let row = conn
        .query_one(&statement)
        .await?
        .ok_or_else(|| StorageError::corrupt("rate limit", "the upsert returned no row"))?;
    Ok(Hit {
        window_start: row.try_get("", "window_start")?,
        hits: row.try_get("", "hits")?,
    })
}

/// Gives back a hit counted in the window that started at `window_start`, if that window is
/// still the current one.
pub async fn refund(conn: &impl Conn, key: &str, window_start: DateTime<Utc>) -> Result<()> {
    rate_limits::Entity::update_many()
        .col_expr(rate_limits::COLUMN.hits, Expr::col(rate_limits::Column::Hits).sub(1))
        .filter(rate_limits::COLUMN.key.eq(key))
        .filter(rate_limits::COLUMN.window_start.eq(window_start))
        .filter(rate_limits::COLUMN.hits.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets windows that ended before `before`.
pub async fn delete_stale(conn: &impl Conn, before: DateTime<Utc>) -> Result<u64> {
    let result = rate_limits::Entity::delete_many()
        .filter(rate_limits::COLUMN.window_start.lt(before))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
