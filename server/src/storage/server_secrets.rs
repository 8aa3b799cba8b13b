//! Random keys shared by every instance, created by whichever instance needs one first.

use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait, sea_query::OnConflict};

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
