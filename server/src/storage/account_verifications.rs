//! The account center's verification records. The id handed out is stored hashed. A code is
//! tried through a conditional update that takes one try before the comparison, and a record is
//! used up (an address change) by a conditional update in the transaction that acts on it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};

use super::{Conn, Result, entity::account_verifications as av};

#[derive(Debug, Clone)]
pub struct NewVerification<'a> {
    pub id_hash: &'a str,
    pub user_id: &'a str,
    pub purpose: &'a str,
    pub method: &'a str,
    pub email: Option<&'a str>,
    pub code_hash: Option<&'a str>,
    pub expires_at: DateTime<Utc>,
    /// Set for a password: proved at once.
    pub verified_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub struct Stored {
    pub user_id: String,
    pub purpose: String,
    pub email: Option<String>,
    pub code_hash: Option<String>,
    pub attempts: i32,
    pub expires_at: DateTime<Utc>,
    pub verified_at: Option<DateTime<Utc>>,
    pub used_at: Option<DateTime<Utc>>,
    pub superseded_at: Option<DateTime<Utc>>,
}

impl From<av::Model> for Stored {
    fn from(m: av::Model) -> Self {
        Self {
            user_id: m.user_id,
            purpose: m.purpose,
            email: m.email,
            code_hash: m.code_hash,
            attempts: m.attempts,
            expires_at: m.expires_at,
            verified_at: m.verified_at,
            used_at: m.used_at,
            superseded_at: m.superseded_at,
        }
    }
}

/// Stores a record; a code retires the user's earlier unverified codes of the same purpose.
pub async fn insert(conn: &impl Conn, new: NewVerification<'_>, now: DateTime<Utc>) -> Result<()> {
    if new.code_hash.is_some() {
        av::Entity::update_many()
            .col_expr(av::COLUMN.superseded_at, Expr::value(now))
            .filter(av::COLUMN.user_id.eq(new.user_id))
            .filter(av::COLUMN.purpose.eq(new.purpose))
            .filter(av::COLUMN.verified_at.is_null())
            .filter(av::COLUMN.superseded_at.is_null())
            .exec(conn)
            .await?;
    }
    let row = av::ActiveModel {
        id: Set(new.id_hash.to_owned()),
        user_id: Set(new.user_id.to_owned()),
        purpose: Set(new.purpose.to_owned()),
        method: Set(new.method.to_owned()),
        email: Set(new.email.map(str::to_owned)),
        code_hash: Set(new.code_hash.map(str::to_owned)),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(new.expires_at),
        verified_at: Set(new.verified_at),
        used_at: Set(None),
        superseded_at: Set(None),
    };
    av::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn find(conn: &impl Conn, id_hash: &str) -> Result<Option<Stored>> {
    Ok(av::Entity::find_by_id(id_hash.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}

/// A code's stored hash and the address it went to.
pub struct CodeToCheck {
    pub code_hash: String,
    pub email: Option<String>,
}

/// Takes one try of a live code of this user and purpose, before the typed code is compared:
/// of any number of concurrent tries `max_attempts` at most find it live.
pub async fn take_attempt(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    purpose: &str,
    max_attempts: i32,
    now: DateTime<Utc>,
) -> Result<Option<CodeToCheck>> {
    let taken = av::Entity::update_many()
        .col_expr(av::COLUMN.attempts, Expr::col(av::Column::Attempts).add(1))
        .filter(av::COLUMN.id.eq(id_hash))
        .filter(av::COLUMN.user_id.eq(user_id))
        .filter(av::COLUMN.purpose.eq(purpose))
        .filter(av::COLUMN.verified_at.is_null())
        .filter(av::COLUMN.superseded_at.is_null())
        .filter(av::COLUMN.expires_at.gt(now))
        .filter(av::COLUMN.attempts.lt(max_attempts))
        .exec_with_returning(conn)
        .await?;
    Ok(taken.into_iter().next().and_then(|row| {
        Some(CodeToCheck {
            code_hash: row.code_hash?,
            email: row.email,
        })
    }))
}

/// Marks a code verified after a right try; a proof of identity then lives `expires_at` on.
pub async fn mark_verified(
    conn: &impl Conn,
    id_hash: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let result = av::Entity::update_many()
        .col_expr(av::COLUMN.verified_at, Expr::value(now))
        .col_expr(av::COLUMN.expires_at, Expr::value(expires_at))
        .filter(av::COLUMN.id.eq(id_hash))
        .filter(av::COLUMN.verified_at.is_null())
        .filter(av::COLUMN.superseded_at.is_null())
        .filter(av::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Uses up a verified record of this user and purpose, once: true for the one caller that did.
pub async fn consume(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    purpose: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let result = av::Entity::update_many()
        .col_expr(av::COLUMN.used_at, Expr::value(now))
        .filter(av::COLUMN.id.eq(id_hash))
        .filter(av::COLUMN.user_id.eq(user_id))
        .filter(av::COLUMN.purpose.eq(purpose))
        .filter(av::COLUMN.verified_at.is_not_null())
        .filter(av::COLUMN.used_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Every record of a user (the account is being deleted).
pub async fn delete_of_user(conn: &impl Conn, user_id: &str) -> Result<()> {
    av::Entity::delete_many()
        .filter(av::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records expired before `before` prove nothing any more.
pub async fn delete_expired(conn: &impl Conn, before: DateTime<Utc>) -> Result<u64> {
    let result = av::Entity::delete_many()
        .filter(av::COLUMN.expires_at.lt(before))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
