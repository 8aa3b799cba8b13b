use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, Condition, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};

use super::{Conn, Result, StorageError, entity::signing_keys};
use crate::crypto::keys::KeyMaterial;

fn to_material(m: signing_keys::Model) -> Result<KeyMaterial> {
    Ok(KeyMaterial {
        pkcs8_der: STANDARD
            .decode(&m.private_key)
            .map_err(|e| StorageError::corrupt("signing key", e))?,
        public_jwk: serde_json::from_str(&m.public_jwk).map_err(|e| StorageError::corrupt("signing key", e))?,
        kid: m.kid,
        alg: m.alg,
        activated_at: m.activated_at,
    })
}

/// Every key still published at `now` (not retired yet), newest first.
pub async fn published(conn: &impl Conn, now: DateTime<Utc>) -> Result<Vec<KeyMaterial>> {
    signing_keys::Entity::find()
        .filter(
            Condition::any()
                .add(signing_keys::COLUMN.retired_at.is_null())
                .add(signing_keys::COLUMN.retired_at.gt(now)),
        )
        .order_by_desc(signing_keys::COLUMN.activated_at)
        .all(conn)
        .await?
        .into_iter()
        .map(to_material)
        .collect()
}

pub async fn insert(conn: &impl Conn, key: &KeyMaterial) -> Result<()> {
    let row = signing_keys::ActiveModel {
        kid: Set(key.kid.clone()),
        alg: Set(key.alg.clone()),
        private_key: Set(STANDARD.encode(&key.pkcs8_der)),
        public_jwk: Set(key.public_jwk.to_string()),
        created_at: Set(Utc::now()),
        activated_at: Set(key.activated_at),
        retired_at: Set(None),
    };
    signing_keys::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// Schedules the retirement of every unscheduled key of `alg` activated before `before`.
pub async fn retire(conn: &impl Conn, alg: &str, before: DateTime<Utc>, retired_at: DateTime<Utc>) -> Result<u64> {
    let result = signing_keys::Entity::update_many()
        .col_expr(signing_keys::COLUMN.retired_at, Expr::value(retired_at))
        .filter(signing_keys::COLUMN.alg.eq(alg))
        .filter(signing_keys::COLUMN.activated_at.lt(before))
        .filter(signing_keys::COLUMN.retired_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
