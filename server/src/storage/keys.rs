use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, QueryOrder};

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
    })
}

/// Every key not yet retired, newest first: the first one signs.
pub async fn published(conn: &impl Conn) -> Result<Vec<KeyMaterial>> {
    signing_keys::Entity::find()
        .filter(signing_keys::COLUMN.retired_at.is_null())
        .order_by_desc(signing_keys::COLUMN.activated_at)
        .all(conn)
        .await?
        .into_iter()
        .map(to_material)
        .collect()
}

pub async fn insert(conn: &impl Conn, key: &KeyMaterial) -> Result<()> {
    let now = Utc::now();
    let row = signing_keys::ActiveModel {
        kid: Set(key.kid.clone()),
        alg: Set(key.alg.clone()),
        private_key: Set(STANDARD.encode(&key.pkcs8_der)),
        public_jwk: Set(key.public_jwk.to_string()),
        created_at: Set(now),
        activated_at: Set(now),
        retired_at: Set(None),
    };
    signing_keys::Entity::insert(row).exec(conn).await?;
    Ok(())
}
