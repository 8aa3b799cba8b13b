//! Authorization codes: single use, consumed with a conditional update.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::Expr};

use super::{Conn, Result, entity::authorization_codes};

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
    /// How the user signed in (RFC 8176 `amr`, space-separated); `None` means `pwd`.
    pub amr: Option<String>,
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
            amr: m.amr,
            expires_at: m.expires_at,
        }
    }
}

pub async fn insert(conn: &impl Conn, code: &AuthorizationCode, now: DateTime<Utc>) -> Result<()> {
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
        amr: Set(code.amr.clone()),
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
pub async fn redeem(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<CodeRedemption> {
    let updated = authorization_codes::Entity::update_many()
        .col_expr(authorization_codes::COLUMN.used_at, Expr::value(now))
        .filter(authorization_codes::COLUMN.id.eq(id))
        .filter(authorization_codes::COLUMN.used_at.is_null())
        .exec_with_returning(conn)
        .await?;
    if let Some(row) = updated.into_iter().next() {
        return Ok(CodeRedemption::Redeemed(Box::new(row.into())));
    }
    // Only a failed redemption reads again, to tell a replay from a made-up code.
    let row = authorization_codes::Entity::find_by_id(id.to_owned()).one(conn).await?;
    Ok(match row {
        Some(row) => CodeRedemption::Replayed { grant_id: row.grant_id },
        None => CodeRedemption::Unknown,
    })
}
