use crate::{
    crypto::keys::{self, KeyRing},
    service::InternalError,
    storage::{self, Db},
};

/// Loads the published keys, generating the first ES256 key on the very first start. Two
/// instances starting together on an empty database may both generate one: both get
/// published, the newest signs, and either verifies.
pub async fn load_or_create(db: &Db) -> Result<KeyRing, InternalError> {
    let mut published = storage::keys::published(db).await?;
    if published.is_empty() {
        let key = keys::generate_es256()?;
        storage::keys::insert(db, &key).await?;
        tracing::info!(kid = %key.kid, "generated the first signing key");
        published = storage::keys::published(db).await?;
    }
    Ok(KeyRing::new(&published[0], &published)?)
}
