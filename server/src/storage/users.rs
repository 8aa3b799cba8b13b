use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr};

use super::{Conn, Result, entity::users};
use crate::domain::user::User;

pub struct NewUser {
    /// Given for an invited contact; a fresh id otherwise.
    pub id: Option<String>,
    pub username: Option<String>,
    pub username_normalized: Option<String>,
    pub email: Option<String>,
    pub email_normalized: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
    pub password_hash: Option<String>,
    pub security_stamp: String,
}

impl From<users::Model> for User {
    fn from(m: users::Model) -> Self {
        Self {
            id: m.id,
            username: m.username,
            email: m.email,
            email_verified: m.email_verified,
            name: m.name,
            password_hash: m.password_hash,
            security_stamp: m.security_stamp,
            locale: m.locale,
            updated_at: m.updated_at,
        }
    }
}

pub async fn insert(conn: &impl Conn, user: NewUser) -> Result<User> {
    let now = Utc::now();
    let model = users::ActiveModel {
        id: Set(user.id.unwrap_or_else(|| uuid::Uuid::now_v7().to_string())),
        username: Set(user.username),
        username_normalized: Set(user.username_normalized),
        email: Set(user.email),
        email_normalized: Set(user.email_normalized),
        email_verified: Set(user.email_verified),
        name: Set(user.name),
        password_hash: Set(user.password_hash),
        security_stamp: Set(user.security_stamp),
        locale: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    Ok(users::Entity::insert(model).exec_with_returning(conn).await?.into())
}

pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<User>> {
    Ok(users::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}

pub async fn find_by_username(conn: &impl Conn, normalized: &str) -> Result<Option<User>> {
    Ok(users::Entity::find()
        .filter(users::COLUMN.username_normalized.eq(normalized))
        .one(conn)
        .await?
        .map(Into::into))
}

/// At most two users with this address: when `email.require_unique` is off an address can be
/// shared, and then it cannot identify anyone.
pub async fn find_by_email(conn: &impl Conn, normalized: &str) -> Result<Vec<User>> {
    Ok(users::Entity::find()
        .filter(users::COLUMN.email_normalized.eq(normalized))
        .limit(2)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// A new password and a new security stamp, which ends the user's sessions.
pub async fn set_password(conn: &impl Conn, id: &str, password_hash: &str, security_stamp: &str) -> Result<bool> {
    let result = users::Entity::update_many()
        .col_expr(users::COLUMN.password_hash, Expr::value(password_hash))
        .col_expr(users::COLUMN.security_stamp, Expr::value(security_stamp))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
