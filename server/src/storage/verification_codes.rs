//! One-time email codes. A code is bound to one interaction, verified at most once (a
//! conditional update) and dies after too many tries (each taken by a conditional update
//! before the comparison) or when a newer one replaces it.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};

use super::{Conn, Result, entity::verification_codes};

#[derive(Debug, Clone)]
pub struct NewCode {
    pub id: String,
    pub interaction_id: String,
    pub event: String,
    pub email: String,
    pub email_normalized: String,
    pub code_hash: String,
    pub deliverable: bool,
    pub client_ip: Option<String>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct StoredCode {
    pub id: String,
    pub interaction_id: String,
    pub event: String,
    pub email: String,
    pub email_normalized: String,
    pub attempts: i32,
    pub expires_at: DateTime<Utc>,
    pub verified_at: Option<DateTime<Utc>>,
    pub superseded_at: Option<DateTime<Utc>>,
}

impl From<verification_codes::Model> for StoredCode {
    fn from(m: verification_codes::Model) -> Self {
        Self {
            id: m.id,
            interaction_id: m.interaction_id,
            event: m.event,
            email: m.email,
            email_normalized: m.email_normalized,
            attempts: m.attempts,
            expires_at: m.expires_at,
            verified_at: m.verified_at,
            superseded_at: m.superseded_at,
        }
    }
}

/// Stores a new code and retires every code of the interaction not yet verified.
pub async fn replace(conn: &impl Conn, code: NewCode, now: DateTime<Utc>) -> Result<()> {
    verification_codes::Entity::update_many()
        .col_expr(verification_codes::COLUMN.superseded_at, Expr::value(now))
        .filter(verification_codes::COLUMN.interaction_id.eq(&code.interaction_id))
        .filter(verification_codes::COLUMN.verified_at.is_null())
        .filter(verification_codes::COLUMN.superseded_at.is_null())
        .exec(conn)
        .await?;
    let row = verification_codes::ActiveModel {
        id: Set(code.id),
        interaction_id: Set(code.interaction_id),
        event: Set(code.event),
        email: Set(code.email),
        email_normalized: Set(code.email_normalized),
        code_hash: Set(code.code_hash),
        deliverable: Set(code.deliverable),
        attempts: Set(0),
        client_ip: Set(code.client_ip),
        created_at: Set(now),
        expires_at: Set(code.expires_at),
        verified_at: Set(None),
        superseded_at: Set(None),
    };
    verification_codes::Entity::insert(row)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<StoredCode>> {
    Ok(verification_codes::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}

/// A try taken at a live code: what to compare the typed code with.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub code_hash: String,
    /// False when no mail was sent: no typed code can be right.
    pub deliverable: bool,
}

/// Takes one of the code's `max_attempts` tries, before the typed code is compared, in one
/// conditional update: of any number of concurrent tries (on any instance) `max_attempts` at
/// most find it live. `None` when the code is not live or has no try left.
pub async fn take_attempt(
    conn: &impl Conn,
    id: &str,
    interaction_id: &str,
    max_attempts: i32,
    now: DateTime<Utc>,
) -> Result<Option<Attempt>> {
    let taken = verification_codes::Entity::update_many()
        .col_expr(
            verification_codes::COLUMN.attempts,
            Expr::col(verification_codes::Column::Attempts).add(1),
        )
        .filter(verification_codes::COLUMN.id.eq(id))
        .filter(verification_codes::COLUMN.interaction_id.eq(interaction_id))
        .filter(verification_codes::COLUMN.verified_at.is_null())
        .filter(verification_codes::COLUMN.superseded_at.is_null())
        .filter(verification_codes::COLUMN.expires_at.gt(now))
        .filter(verification_codes::COLUMN.attempts.lt(max_attempts))
        .exec_with_returning(conn)
        .await?;
    Ok(taken.into_iter().next().map(|row| Attempt {
        code_hash: row.code_hash,
        deliverable: row.deliverable,
    }))
}

/// Marks the code verified after a try found the right value; true for the one caller that
/// did it (a newer code or another right try may have come in between).
pub async fn mark_verified(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = verification_codes::Entity::update_many()
        .col_expr(verification_codes::COLUMN.verified_at, Expr::value(now))
        .filter(verification_codes::COLUMN.id.eq(id))
        .filter(verification_codes::COLUMN.deliverable.eq(true))
        .filter(verification_codes::COLUMN.verified_at.is_null())
        .filter(verification_codes::COLUMN.superseded_at.is_null())
        .filter(verification_codes::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Codes expired before `before` are of no use to anyone.
pub async fn delete_expired(conn: &impl Conn, before: DateTime<Utc>) -> Result<u64> {
    let result = verification_codes::Entity::delete_many()
        .filter(verification_codes::COLUMN.expires_at.lt(before))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// The codes sent to an address whose account is being deleted.
pub async fn delete_of_address(conn: &impl Conn, normalized: &str) -> Result<()> {
    verification_codes::Entity::delete_many()
        .filter(verification_codes::COLUMN.email_normalized.eq(normalized))
        .exec(conn)
        .await?;
    Ok(())
}
