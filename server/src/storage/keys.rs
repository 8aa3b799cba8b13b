use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    Condition, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait},
};

use super::{Conn, Result, StorageError, entity::signing_keys};
use crate::crypto::{kek::Keks, keys::KeyMaterial};

/// The associated data binding a sealed private key to its row.
pub fn sealed_row(kid: &str) -> String {
    format!("signing_keys/{kid}")
}

fn to_material(m: signing_keys::Model, keks: &Keks) -> Result<KeyMaterial> {
    Ok(KeyMaterial {
        pkcs8_der: keks
            .open(&m.private_key, &sealed_row(&m.kid))
            .map_err(|e| StorageError::corrupt("signing key", format!("{}: private key {e}", m.kid)))?,
        public_jwk: serde_json::from_str(&m.public_jwk).map_err(|e| StorageError::corrupt("signing key", e))?,
        kid: m.kid,
        alg: m.alg,
        activated_at: m.activated_at,
    })
}

/// Every key still published at `now` (not retired yet), newest first.
pub async fn published(conn: &impl Conn, now: DateTime<Utc>, keks: &Keks) -> Result<Vec<KeyMaterial>> {
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
        .map(|m| to_material(m, keks))
        .collect()
}

pub async fn insert(conn: &impl Conn, key: &KeyMaterial, keks: &Keks) -> Result<()> {
    let row = signing_keys::ActiveModel {
        kid: Set(key.kid.clone()),
        alg: Set(key.alg.clone()),
        private_key: Set(keks.seal(&key.pkcs8_der, &sealed_row(&key.kid))),
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

/// Every stored private key as stored (sealed, or plaintext base64 from before sealing), by kid.
pub async fn stored_private_keys(conn: &impl Conn) -> Result<Vec<(String, String)>> {
    Ok(signing_keys::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|m| (m.kid, m.private_key))
        .collect())
}

/// Replaces a stored private key if it is still `old`: of two instances doing the same
/// replacement, the second changes nothing.
pub async fn replace_private_key(conn: &impl Conn, kid: &str, old: &str, new: &str) -> Result<bool> {
    let result = signing_keys::Entity::update_many()
        .col_expr(signing_keys::COLUMN.private_key, Expr::value(new))
        .filter(signing_keys::COLUMN.kid.eq(kid))
        .filter(signing_keys::COLUMN.private_key.eq(old))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Retires one key at `now` unless it is retired already: false when no such key is in force.
pub async fn retire_now(conn: &impl Conn, kid: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = signing_keys::Entity::update_many()
        .col_expr(signing_keys::COLUMN.retired_at, Expr::value(now))
        .filter(signing_keys::COLUMN.kid.eq(kid))
        .filter(
            signing_keys::COLUMN
                .retired_at
                .is_null()
                .or(signing_keys::COLUMN.retired_at.gt(now)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// What an operator sees of a key: never its private part.
pub struct KeySummary {
    pub kid: String,
    pub alg: String,
    pub activated_at: DateTime<Utc>,
    pub retired_at: Option<DateTime<Utc>>,
}

/// Every key, retired ones included, newest first.
pub async fn list(conn: &impl Conn) -> Result<Vec<KeySummary>> {
    Ok(signing_keys::Entity::find()
        .order_by_desc(signing_keys::COLUMN.activated_at)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| KeySummary {
            kid: m.kid,
            alg: m.alg,
            activated_at: m.activated_at,
            retired_at: m.retired_at,
        })
        .collect())
}
