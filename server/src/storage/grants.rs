//! Authorization codes, refresh tokens and consents: what a user's sign-in grants a client.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, OnConflict},
};

use super::{
    Conn, Result,
    entity::{authorization_codes, consents, refresh_tokens},
};

#[derive(Debug, Clone)]
pub struct AuthorizationCode {
    /// Hash of the code.
    pub id: String,
    pub grant_id: String,
    pub client_id: String,
    pub user_id: String,
    pub session_id: String,
    pub redirect_uri: String,
    pub scope: String,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub auth_time: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl From<authorization_codes::Model> for AuthorizationCode {
    fn from(m: authorization_codes::Model) -> Self {
        Self {
            id: m.id,
            grant_id: m.grant_id,
            client_id: m.client_id,
            user_id: m.user_id,
            session_id: m.session_id,
            redirect_uri: m.redirect_uri,
            scope: m.scope,
            nonce: m.nonce,
            code_challenge: m.code_challenge,
            auth_time: m.auth_time,
            expires_at: m.expires_at,
        }
    }
}

pub async fn insert_code(
    conn: &impl Conn,
    code: &AuthorizationCode,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = authorization_codes::ActiveModel {
        id: Set(code.id.clone()),
        grant_id: Set(code.grant_id.clone()),
        client_id: Set(code.client_id.clone()),
        user_id: Set(code.user_id.clone()),
        session_id: Set(code.session_id.clone()),
        redirect_uri: Set(code.redirect_uri.clone()),
        scope: Set(code.scope.clone()),
        nonce: Set(code.nonce.clone()),
        code_challenge: Set(code.code_challenge.clone()),
        auth_time: Set(code.auth_time),
        created_at: Set(now),
        expires_at: Set(code.expires_at),
        used_at: Set(None),
    };
    authorization_codes::Entity::insert(row).exec(conn).await?;
    Ok(())
}

pub enum CodeRedemption {
    /// This caller, and no other, redeemed the code.
    Redeemed(Box<AuthorizationCode>),
    /// The code was redeemed before: a replay.
    Replayed {
        grant_id: String,
    },
    Unknown,
}

/// Marks the code used with a conditional update, so that of any number of concurrent
/// redemptions (on any instance) exactly one succeeds.
pub async fn redeem_code(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<CodeRedemption> {
    let updated = authorization_codes::Entity::update_many()
        .col_expr(authorization_codes::COLUMN.used_at, Expr::value(now))
        .filter(authorization_codes::COLUMN.id.eq(id))
        .filter(authorization_codes::COLUMN.used_at.is_null())
        .exec(conn)
        .await?;
    let row = authorization_codes::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?;
    Ok(match (updated.rows_affected, row) {
        (1, Some(row)) => CodeRedemption::Redeemed(Box::new(row.into())),
        (_, Some(row)) => CodeRedemption::Replayed {
            grant_id: row.grant_id,
        },
        (_, None) => CodeRedemption::Unknown,
    })
}

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
            expires_at: m.expires_at,
            family_expires_at: m.family_expires_at,
        }
    }
}

pub async fn insert_refresh_token(
    conn: &impl Conn,
    token: &RefreshToken,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = refresh_tokens::ActiveModel {
        id: Set(token.id.clone()),
        family_id: Set(token.family_id.clone()),
        grant_id: Set(token.grant_id.clone()),
        client_id: Set(token.client_id.clone()),
        user_id: Set(token.user_id.clone()),
        scope: Set(token.scope.clone()),
        auth_time: Set(token.auth_time),
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
    },
    Unknown,
}

pub async fn redeem_refresh_token(
    conn: &impl Conn,
    id: &str,
    now: DateTime<Utc>,
) -> Result<RefreshRedemption> {
    let updated = refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.used_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.id.eq(id))
        .filter(refresh_tokens::COLUMN.used_at.is_null())
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    let row = refresh_tokens::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?;
    Ok(match (updated.rows_affected, row) {
        (1, Some(row)) => RefreshRedemption::Redeemed(Box::new(row.into())),
        (_, Some(row)) => RefreshRedemption::Reused {
            family_id: row.family_id,
        },
        (_, None) => RefreshRedemption::Unknown,
    })
}

pub async fn revoke_refresh_family(
    conn: &impl Conn,
    family_id: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.family_id.eq(family_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn revoke_refresh_grant(
    conn: &impl Conn,
    grant_id: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.grant_id.eq(grant_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Records (or widens) the scopes a user granted a client.
pub async fn record_consent(
    conn: &impl Conn,
    user_id: &str,
    client_id: &str,
    scopes: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = consents::ActiveModel {
        user_id: Set(user_id.to_owned()),
        client_id: Set(client_id.to_owned()),
        scopes: Set(scopes.to_owned()),
        granted_at: Set(now),
    };
    consents::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([consents::Column::UserId, consents::Column::ClientId])
                .update_columns([consents::Column::Scopes, consents::Column::GrantedAt])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}
