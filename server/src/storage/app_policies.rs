//! `application_policies`: one override document per client, as JSON.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::OnConflict};

use super::{Conn, Result, entity::application_policies, from_json, to_json};
use crate::domain::app_policy::AppPolicy;

/// The client's policy; `None` when it has never been set.
pub async fn find(conn: &impl Conn, client_id: &str) -> Result<Option<AppPolicy>> {
    application_policies::Entity::find_by_id(client_id.to_owned())
        .one(conn)
        .await?
        .map(|row| from_json("application policy", &row.policy))
        .transpose()
}

/// Replaces the client's whole policy.
pub async fn put(conn: &impl Conn, client_id: &str, policy: &AppPolicy, now: DateTime<Utc>) -> Result<()> {
    let row = application_policies::ActiveModel {
        client_id: Set(client_id.to_owned()),
        policy: Set(to_json(policy)),
        updated_at: Set(now),
    };
    application_policies::Entity::insert(row)
        .on_conflict(
            OnConflict::column(application_policies::Column::ClientId)
                .update_columns([
                    application_policies::Column::Policy,
                    application_policies::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub async fn delete(conn: &impl Conn, client_id: &str) -> Result<()> {
    application_policies::Entity::delete_many()
        .filter(application_policies::COLUMN.client_id.eq(client_id))
        .exec(conn)
        .await?;
    Ok(())
}
