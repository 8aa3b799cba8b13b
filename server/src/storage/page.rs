//! Keyset pagination: a page starts after the last row of the previous one, ordered by
//! creation time and then id, so rows inserted meanwhile neither repeat nor shift a page.

use chrono::{DateTime, Utc};
use sea_orm::{
    Condition,
    sea_query::{Expr, ExprTrait, Func, IntoColumnRef, LikeExpr, SimpleExpr},
};

/// The last row of the previous page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub at: DateTime<Utc>,
    pub id: String,
}

impl Position {
    /// Rows strictly after this position in `(at, id)` ascending order.
    pub fn after(&self, at: impl IntoColumnRef + Copy, id: impl IntoColumnRef + Copy) -> Condition {
        let later: SimpleExpr = Expr::col(at).gt(self.at);
        let same_time_larger_id = Expr::col(at).eq(self.at).and(Expr::col(id).gt(self.id.clone()));
        Condition::any().add(later).add(same_time_larger_id)
    }
}

/// `column` starts with `prefix`, ignoring case the same way on SQLite and PostgreSQL (whose
/// `LIKE` differ), with `%` and `_` in the prefix taken literally.
pub fn prefix_of(column: impl IntoColumnRef, prefix: &str) -> SimpleExpr {
    let escaped: String = prefix
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '\\' | '%' | '_' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    Expr::expr(Func::lower(Expr::col(column))).like(LikeExpr::new(format!("{escaped}%")).escape('\\'))
}
