//! Signing keys: created at first start, rotated on demand, reloaded by every instance.

use chrono::Utc;
use jsonwebtoken::Algorithm;

use crate::{
    config::Settings,
    crypto::keys::{self, KeyRing},
    service::InternalError,
    state::AppState,
    storage::{self, Db},
};

/// Algorithms we always keep a key for: ES256 signs by default, RS256 for clients that ask.
const ALGORITHMS: [(Algorithm, &str); 2] = [(Algorithm::ES256, "ES256"), (Algorithm::RS256, "RS256")];

/// Loads the published keys, generating the first key of each algorithm on the very first
/// start. Two instances starting together on an empty database may both generate one: both
/// are published, the newest signs, and either verifies.
pub async fn load_or_create(db: &Db) -> Result<KeyRing, InternalError> {
    let now = Utc::now();
    let mut published = storage::keys::published(db, now).await?;
    for (alg, name) in ALGORITHMS {
        if !published.iter().any(|k| k.alg == name) {
            let key = keys::generate(alg, now)?;
            storage::keys::insert(db, &key).await?;
            tracing::info!(kid = %key.kid, alg = name, "generated a signing key");
        }
    }
    published = storage::keys::published(db, now).await?;
    Ok(KeyRing::new(&published)?)
}

/// The keys as the database has them now.
pub async fn load(db: &Db) -> Result<KeyRing, InternalError> {
    let published = storage::keys::published(db, Utc::now()).await?;
    Ok(KeyRing::new(&published)?)
}

pub struct Rotation {
    pub kid: String,
    pub activated_at: chrono::DateTime<Utc>,
    pub retired: u64,
}

/// Publishes a new key now, which signs from `oidc.key_activation_delay` on (when every
/// instance and every client cache has seen it). The keys it replaces stay published until the
/// tokens they signed have expired.
pub async fn rotate(db: &Db, settings: &Settings, alg: &str) -> Result<Rotation, InternalError> {
    let algorithm = keys::parse_alg(alg)?;
    let now = Utc::now();
    let activated_at = now + settings.oidc.key_activation_delay.chrono();
    let longest = settings.oidc.access_token_lifetime.max(settings.oidc.id_token_lifetime);
    let key = keys::generate(algorithm, activated_at)?;
    let tx = storage::begin(db).await?;
    let retired = storage::keys::retire(&tx, alg, activated_at, activated_at + longest.chrono()).await?;
    storage::keys::insert(&tx, &key).await?;
    storage::commit(tx).await?;
    Ok(Rotation {
        kid: key.kid,
        activated_at,
        retired,
    })
}

/// Rotates and makes this instance use the new keys at once.
pub async fn rotate_and_reload(state: &AppState, alg: &str) -> Result<Rotation, InternalError> {
    let rotation = rotate(&state.db, &state.settings, alg).await?;
    state.set_keys(load(&state.db).await?);
    Ok(rotation)
}
