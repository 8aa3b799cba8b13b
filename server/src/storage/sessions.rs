use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};

use super::{Conn, Result, entity::sso_sessions};

#[derive(Debug, Clone)]
pub struct SsoSession {
    pub id: String,
    pub user_id: String,
    pub auth_time: DateTime<Utc>,
    /// How the user signed in (RFC 8176 `amr`, space-separated); `None` means `pwd`.
    pub amr: Option<String>,
    pub security_stamp: String,
    pub persistent: bool,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    /// The browser that signed in, as it named itself, and its address: shown to the owner.
    pub user_agent: Option<String>,
    pub ip: Option<String>,
}

impl From<sso_sessions::Model> for SsoSession {
    fn from(m: sso_sessions::Model) -> Self {
        Self {
            id: m.id,
            user_id: m.user_id,
            auth_time: m.auth_time,
            amr: m.amr,
            security_stamp: m.security_stamp,
            persistent: m.persistent,
            last_seen_at: m.last_seen_at,
            expires_at: m.expires_at,
            created_at: m.created_at,
            user_agent: m.user_agent,
            ip: m.ip,
        }
    }
}

pub async fn insert(conn: &impl Conn, session: &SsoSession) -> Result<()> {
    let row = sso_sessions::ActiveModel {
        id: Set(session.id.clone()),
        user_id: Set(session.user_id.clone()),
        auth_time: Set(session.auth_time),
        amr: Set(session.amr.clone()),
        security_stamp: Set(session.security_stamp.clone()),
        persistent: Set(session.persistent),
        created_at: Set(session.created_at),
        last_seen_at: Set(session.last_seen_at),
        expires_at: Set(session.expires_at),
        revoked_at: Set(None),
        user_agent: Set(session.user_agent.clone()),
        ip: Set(session.ip.clone()),
    };
    sso_sessions::Entity::insert(row).exec(conn).await?;
    Ok(())
}

pub async fn find_live(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<Option<SsoSession>> {
    Ok(sso_sessions::Entity::find_by_id(id.to_owned())
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .filter(sso_sessions::COLUMN.expires_at.gt(now))
        .one(conn)
        .await?
        .map(Into::into))
}

/// Sliding expiration: the session lives on from its last use.
pub async fn touch(conn: &impl Conn, id: &str, now: DateTime<Utc>, expires_at: DateTime<Utc>) -> Result<()> {
    sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.last_seen_at, Expr::value(now))
        .col_expr(sso_sessions::COLUMN.expires_at, Expr::value(expires_at))
        .filter(sso_sessions::COLUMN.id.eq(id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn revoke(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<()> {
    sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.revoked_at, Expr::value(now))
        .filter(sso_sessions::COLUMN.id.eq(id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every SSO session of a user.
pub async fn revoke_all_of_user(conn: &impl Conn, user_id: &str, now: DateTime<Utc>) -> Result<u64> {
    Ok(revoke_others_of_user(conn, user_id, None, now).await?.len() as u64)
}

/// The live sessions of a user, the most recently used first.
pub async fn list_live_of_user(conn: &impl Conn, user_id: &str, now: DateTime<Utc>) -> Result<Vec<SsoSession>> {
    Ok(sso_sessions::Entity::find()
        .filter(sso_sessions::COLUMN.user_id.eq(user_id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .filter(sso_sessions::COLUMN.expires_at.gt(now))
        .order_by_desc(sso_sessions::COLUMN.last_seen_at)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Ends one session of this user; false when the user has no such live session.
pub async fn revoke_of_user(conn: &impl Conn, id: &str, user_id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.revoked_at, Expr::value(now))
        .filter(sso_sessions::COLUMN.id.eq(id))
        .filter(sso_sessions::COLUMN.user_id.eq(user_id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .filter(sso_sessions::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Ends every session of a user but one (`keep`, which may be `None`); their ids.
pub async fn revoke_others_of_user(
    conn: &impl Conn,
    user_id: &str,
    keep: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let mut update = sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.revoked_at, Expr::value(now))
        .filter(sso_sessions::COLUMN.user_id.eq(user_id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null());
    if let Some(keep) = keep {
        update = update.filter(sso_sessions::COLUMN.id.ne(keep));
    }
    Ok(update
        .exec_with_returning(conn)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect())
}

/// Gives the session the user's new security stamp: it outlives the change that ends the
/// user's other sessions.
pub async fn set_stamp(conn: &impl Conn, id: &str, security_stamp: &str) -> Result<()> {
    sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.security_stamp, Expr::value(security_stamp))
        .filter(sso_sessions::COLUMN.id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
