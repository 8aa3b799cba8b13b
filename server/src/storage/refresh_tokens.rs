//! Refresh tokens: rotated on every use, grouped in families.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::Expr};

use super::{Conn, Result, entity::refresh_tokens};

#[derive(Debug, Clone)]
pub struct RefreshToken {
    /// Hash of the token.
    pub id: String,
    pub family_id: String,
    pub grant_id: String,
    pub client_id: String,
    pub user_id: String,
    pub scope: String,
    pub auth_time: DateTime<Utc>,
    /// How the user signed in (RFC 8176 `amr`, space-separated); `None` means `pwd`.
    pub amr: Option<String>,
    pub expires_at: DateTime<Utc>,
    pub family_expires_at: DateTime<Utc>,
}

impl From<refresh_tokens::Model> for RefreshToken {
    fn from(m: refresh_tokens::Model) -> Self {
        Self {
            id: m.id,
            family_id: m.family_id,
            grant_id: m.grant_id,
            client_id: m.client_id,
            user_id: m.user_id,
            scope: m.scope,
            auth_time: m.auth_time,
            amr: m.amr,
            expires_at: m.expires_at,
            family_expires_at: m.family_expires_at,
        }
    }
}

pub async fn insert(conn: &impl Conn, token: &RefreshToken, now: DateTime<Utc>) -> Result<()> {
    let row = refresh_tokens::ActiveModel {
        id: Set(token.id.clone()),
        family_id: Set(token.family_id.clone()),
        grant_id: Set(token.grant_id.clone()),
        client_id: Set(token.client_id.clone()),
        user_id: Set(token.user_id.clone()),
        scope: Set(token.scope.clone()),
        auth_time: Set(token.auth_time),
        amr: Set(token.amr.clone()),
        created_at: Set(now),
        expires_at: Set(token.expires_at),
        family_expires_at: Set(token.family_expires_at),
        used_at: Set(None),
        revoked_at: Set(None),
    };
    refresh_tokens::Entity::insert(row).exec(conn).await?;
    Ok(())
}

pub enum RefreshRedemption {
    Redeemed(Box<RefreshToken>),
    /// Already rotated or revoked: the family it belongs to.
    Reused {
        family_id: String,
        grant_id: String,
    },
    Unknown,
}

pub async fn redeem(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<RefreshRedemption> {
    let updated = refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.used_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.id.eq(id))
        .filter(refresh_tokens::COLUMN.used_at.is_null())
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec_with_returning(conn)
        .await?;
    if let Some(row) = updated.into_iter().next() {
        return Ok(RefreshRedemption::Redeemed(Box::new(row.into())));
    }
    // Only a failed redemption reads again, to tell a reuse from a made-up token.
    let row = refresh_tokens::Entity::find_by_id(id.to_owned()).one(conn).await?;
    Ok(match row {
        Some(row) => RefreshRedemption::Reused {
            family_id: row.family_id,
            grant_id: row.grant_id,
        },
        None => RefreshRedemption::Unknown,
    })
}

pub async fn revoke_family(conn: &impl Conn, family_id: &str, now: DateTime<Utc>) -> Result<()> {
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.family_id.eq(family_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// A live token (not used, not revoked, not expired), without consuming it.
pub async fn find_live(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<Option<RefreshToken>> {
    Ok(refresh_tokens::Entity::find_by_id(id.to_owned())
        .filter(refresh_tokens::COLUMN.used_at.is_null())
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .filter(refresh_tokens::COLUMN.expires_at.gt(now))
        .one(conn)
        .await?
        .map(Into::into))
}

/// Any token row, live or not: revocation needs the grant of a token already rotated.
pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<RefreshToken>> {
    Ok(refresh_tokens::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}
