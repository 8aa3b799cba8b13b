//! Random keys shared by every instance, created by whichever instance needs one first.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, OnConflict},
};

use super::{Conn, Result, StorageError, entity::server_secrets};

/// The stored value of `name`; `fresh` is stored first when there is none yet.
pub async fn get_or_create(conn: &impl Conn, name: &str, fresh: String) -> Result<String> {
    let row = server_secrets::ActiveModel {
        name: Set(name.to_owned()),
        value: Set(fresh),
        created_at: Set(Utc::now()),
    };
    server_secrets::Entity::insert(row)
        .on_conflict(OnConflict::column(server_secrets::Column::Name).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    server_secrets::Entity::find_by_id(name.to_owned())
        .one(conn)
        .await?
        .map(|row| row.value)
        .ok_or_else(|| StorageError::corrupt("server secret", format!("{name} vanished after insert")))
}

/// The stored value of `name`, if any: for commands that must not create what `serve` creates.
pub async fn get(conn: &impl Conn, name: &str) -> Result<Option<String>> {
    Ok(server_secrets::Entity::find_by_id(name.to_owned())
        .one(conn)
        .await?
        .map(|row| row.value))
}

/// The associated data binding a sealed secret to its row.
pub fn sealed_row(name: &str) -> String {
    format!("server_secrets/{name}")
}

/// Every secret as stored, by name.
pub async fn all(conn: &impl Conn) -> Result<Vec<(String, String)>> {
    Ok(server_secrets::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|m| (m.name, m.value))
        .collect())
}

/// Replaces a secret's stored form if it is still `old`.
pub async fn replace(conn: &impl Conn, name: &str, old: &str, new: &str) -> Result<bool> {
    let result = server_secrets::Entity::update_many()
        .col_expr(server_secrets::COLUMN.value, Expr::value(new))
        .filter(server_secrets::COLUMN.name.eq(name))
        .filter(server_secrets::COLUMN.value.eq(old))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
