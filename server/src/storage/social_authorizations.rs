//! Authorization requests sent to external providers, until the browser brings the answer
//! back. Each is taken once, by a conditional update.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::Expr};

use super::{Conn, Result, entity::social_authorizations as sa};

pub struct NewAuthorization<'a> {
    pub id: &'a str,
    /// `interaction` or `account`.
    pub purpose: &'a str,
    /// The interaction's id, or the user's.
    pub owner: &'a str,
    pub connector_id: &'a str,
    pub state_hash: &'a str,
    pub nonce: &'a str,
    pub code_verifier_sealed: &'a str,
    pub redirect_uri: &'a str,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct PendingAuthorization {
    pub connector_id: String,
    pub state_hash: String,
    pub nonce: String,
    pub code_verifier_sealed: String,
    pub redirect_uri: String,
}

pub async fn insert(conn: &impl Conn, new: NewAuthorization<'_>, now: DateTime<Utc>) -> Result<()> {
    let row = sa::ActiveModel {
        id: Set(new.id.to_owned()),
        purpose: Set(new.purpose.to_owned()),
        owner: Set(new.owner.to_owned()),
        connector_id: Set(new.connector_id.to_owned()),
        state_hash: Set(new.state_hash.to_owned()),
        nonce: Set(new.nonce.to_owned()),
        code_verifier_sealed: Set(new.code_verifier_sealed.to_owned()),
        redirect_uri: Set(new.redirect_uri.to_owned()),
        created_at: Set(now),
        expires_at: Set(new.expires_at),
        used_at: Set(None),
    };
    sa::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// Takes the live request `id` of this owner and purpose, once: a second take (a replayed
/// callback, a concurrent one) finds nothing.
pub async fn take(
    conn: &impl Conn,
    id: &str,
    purpose: &str,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<Option<PendingAuthorization>> {
    let taken = sa::Entity::update_many()
        .col_expr(sa::COLUMN.used_at, Expr::value(now))
        .filter(sa::COLUMN.id.eq(id))
        .filter(sa::COLUMN.purpose.eq(purpose))
        .filter(sa::COLUMN.owner.eq(owner))
        .filter(sa::COLUMN.used_at.is_null())
        .filter(sa::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    if taken.rows_affected != 1 {
        return Ok(None);
    }
    Ok(sa::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(|m| PendingAuthorization {
            connector_id: m.connector_id,
            state_hash: m.state_hash,
            nonce: m.nonce,
            code_verifier_sealed: m.code_verifier_sealed,
            redirect_uri: m.redirect_uri,
        }))
}

/// Removes requests expired for a day: long enough to tell a late callback what happened.
pub async fn delete_expired(conn: &impl Conn, now: DateTime<Utc>) -> Result<u64> {
    let result = sa::Entity::delete_many()
        .filter(sa::COLUMN.expires_at.lt(now - chrono::Duration::days(1)))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
