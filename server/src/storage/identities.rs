//! External identities linked to accounts. The unique index on `(connector_id, subject)`
//! decides between concurrent links of one identity.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, QueryOrder, SqlErr, sea_query::Expr};

use super::{Conn, Result, entity::user_identities as ui};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedIdentity {
    pub id: String,
    pub user_id: String,
    pub connector_id: String,
    pub subject: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

impl From<ui::Model> for LinkedIdentity {
    fn from(m: ui::Model) -> Self {
        Self {
            id: m.id,
            user_id: m.user_id,
            connector_id: m.connector_id,
            subject: m.subject,
            email: m.email,
            name: m.name,
            created_at: m.created_at,
            last_used_at: m.last_used_at,
        }
    }
}

pub struct NewIdentity<'a> {
    pub user_id: &'a str,
    pub connector_id: &'a str,
    pub subject: &'a str,
    pub email: Option<&'a str>,
    pub name: Option<&'a str>,
}

/// Links an identity; `false` when it is already linked (to this account or another).
pub async fn insert(conn: &impl Conn, new: NewIdentity<'_>, now: DateTime<Utc>) -> Result<bool> {
    let row = ui::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        user_id: Set(new.user_id.to_owned()),
        connector_id: Set(new.connector_id.to_owned()),
        subject: Set(new.subject.to_owned()),
        email: Set(new.email.map(str::to_owned)),
        name: Set(new.name.map(str::to_owned)),
        created_at: Set(now),
        last_used_at: Set(Some(now)),
    };
    match ui::Entity::insert(row).exec(conn).await {
        Ok(_) => Ok(true),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub async fn find_by_subject(conn: &impl Conn, connector_id: &str, subject: &str) -> Result<Option<LinkedIdentity>> {
    Ok(ui::Entity::find()
        .filter(ui::COLUMN.connector_id.eq(connector_id))
        .filter(ui::COLUMN.subject.eq(subject))
        .one(conn)
        .await?
        .map(Into::into))
}

pub async fn list_for_user(conn: &impl Conn, user_id: &str) -> Result<Vec<LinkedIdentity>> {
    Ok(ui::Entity::find()
        .filter(ui::COLUMN.user_id.eq(user_id))
        .order_by_asc(ui::COLUMN.created_at)
        .order_by_asc(ui::COLUMN.id)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Records a sign-in with the identity, and what the provider says of it now.
pub async fn touch(
    conn: &impl Conn,
    id: &str,
    email: Option<&str>,
    name: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    ui::Entity::update_many()
        .col_expr(ui::COLUMN.last_used_at, Expr::value(now))
        .col_expr(ui::COLUMN.email, Expr::value(email.map(str::to_owned)))
        .col_expr(ui::COLUMN.name, Expr::value(name.map(str::to_owned)))
        .filter(ui::COLUMN.id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Unlinks one identity of this user; `false` if it was not theirs or is gone.
pub async fn delete(conn: &impl Conn, user_id: &str, id: &str) -> Result<bool> {
    let result = ui::Entity::delete_many()
        .filter(ui::COLUMN.id.eq(id))
        .filter(ui::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn delete_for_user(conn: &impl Conn, user_id: &str) -> Result<u64> {
    let result = ui::Entity::delete_many()
        .filter(ui::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
