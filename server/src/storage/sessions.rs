use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::Expr};

use super::{Conn, Result, entity::sso_sessions};

#[derive(Debug, Clone)]
pub struct SsoSession {
    pub id: String,
    pub user_id: String,
    pub auth_time: DateTime<Utc>,
    pub security_stamp: String,
    pub persistent: bool,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

impl From<sso_sessions::Model> for SsoSession {
    fn from(m: sso_sessions::Model) -> Self {
        Self {
            id: m.id,
            user_id: m.user_id,
            auth_time: m.auth_time,
            security_stamp: m.security_stamp,
            persistent: m.persistent,
            last_seen_at: m.last_seen_at,
            expires_at: m.expires_at,
        }
    }
}

pub async fn insert(conn: &impl Conn, session: &SsoSession) -> Result<()> {
    let row = sso_sessions::ActiveModel {
        id: Set(session.id.clone()),
        user_id: Set(session.user_id.clone()),
        auth_time: Set(session.auth_time),
        security_stamp: Set(session.security_stamp.clone()),
        persistent: Set(session.persistent),
        created_at: Set(session.auth_time),
        last_seen_at: Set(session.last_seen_at),
        expires_at: Set(session.expires_at),
        revoked_at: Set(None),
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
    let result = sso_sessions::Entity::update_many()
        .col_expr(sso_sessions::COLUMN.revoked_at, Expr::value(now))
        .filter(sso_sessions::COLUMN.user_id.eq(user_id))
        .filter(sso_sessions::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
