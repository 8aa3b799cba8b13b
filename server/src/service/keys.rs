//! Signing keys: created at first start, rotated on demand, reloaded by every instance.

use chrono::Utc;
use jsonwebtoken::Algorithm;

use crate::{
    config::Settings,
    crypto::{
        kek::Keks,
        keys::{self, KeyRing},
    },
    service::InternalError,
    state::AppState,
    storage::{self, Db},
};

/// Algorithms we always keep a key for: ES256 signs by default, RS256 for clients that ask.
const ALGORITHMS: [(Algorithm, &str); 2] = [(Algorithm::ES256, "ES256"), (Algorithm::RS256, "RS256")];

/// Loads the published keys, generating the first key of each algorithm on the very first
/// start. Two instances starting together on an empty database may both generate one: both
/// are published, the newest signs, and either verifies.
pub async fn load_or_create(db: &Db, keks: &Keks) -> Result<KeyRing, InternalError> {
    let now = Utc::now();
    let mut published = storage::keys::published(db, now, keks).await?;
    for (alg, name) in ALGORITHMS {
        if !published.iter().any(|k| k.alg == name) {
            let key = keys::generate(alg, now)?;
            storage::keys::insert(db, &key, keks).await?;
            tracing::info!(kid = %key.kid, alg = name, "generated a signing key");
        }
    }
    published = storage::keys::published(db, now, keks).await?;
    Ok(KeyRing::new(&published)?)
}

/// The keys as the database has them now.
pub async fn load(db: &Db, keks: &Keks) -> Result<KeyRing, InternalError> {
    let published = storage::keys::published(db, Utc::now(), keks).await?;
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
pub async fn rotate(db: &Db, settings: &Settings, keks: &Keks, alg: &str) -> Result<Rotation, InternalError> {
    let algorithm = keys::parse_alg(alg)?;
    let now = Utc::now();
    let activated_at = now + settings.oidc.key_activation_delay.chrono();
    let longest = settings.oidc.access_token_lifetime.max(settings.oidc.id_token_lifetime);
    let key = keys::generate(algorithm, activated_at)?;
    let tx = storage::begin(db).await?;
    let retired = storage::keys::retire(&tx, alg, activated_at, activated_at + longest.chrono()).await?;
    storage::keys::insert(&tx, &key, keks).await?;
    storage::commit(tx).await?;
    Ok(Rotation {
        kid: key.kid,
        activated_at,
        retired,
    })
}

/// Rotates and makes this instance use the new keys at once.
pub async fn rotate_and_reload(state: &AppState, alg: &str) -> Result<Rotation, InternalError> {
    let rotation = rotate(&state.db, &state.settings, &state.keks, alg).await?;
    state.set_keys(load(&state.db, &state.keks).await?);
    Ok(rotation)
}

/// Every key with its activation and retirement times, newest first (`gatehouse keys list`).
pub async fn list(db: &Db) -> Result<Vec<storage::keys::KeySummary>, InternalError> {
    Ok(storage::keys::list(db).await?)
}

/// Where a key stands at `now`: `published` (not signing yet), `signing`, `retiring` (still
/// published to verify what it signed) or `retired`.
pub fn status(key: &storage::keys::KeySummary, now: chrono::DateTime<Utc>) -> &'static str {
    match key.retired_at {
        Some(at) if at <= now => "retired",
        Some(_) => "retiring",
        None if key.activated_at > now => "published",
        None => "signing",
    }
}

/// What an emergency retirement did.
pub struct Retirement {
    pub kid: String,
    pub alg: String,
    /// The key that signs in its place from now on.
    pub replacement: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RetireError {
    #[error("no key has this kid")]
    NotFound,
    #[error("this key is retired already")]
    AlreadyRetired,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl RetireError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "keys.not_found",
            Self::AlreadyRetired => "keys.already_retired",
            Self::Internal(_) => "internal.error",
        }
    }
}

impl From<storage::StorageError> for RetireError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// Emergency retirement of a key that leaked: it stops being published and verifying at once
/// (each instance within its one-minute key reload), and a new key of its algorithm signs from
/// now, without the usual activation delay. Tokens it signed stop working everywhere that
/// checks them against the JWKS; relying parties that cached the JWKS see the new key when
/// they next fetch it (most do on an unknown `kid`).
pub async fn retire_now(db: &Db, keks: &Keks, kid: &str) -> Result<Retirement, RetireError> {
    let now = Utc::now();
    let key = storage::keys::list(db)
        .await?
        .into_iter()
        .find(|k| k.kid == kid)
        .ok_or(RetireError::NotFound)?;
    let algorithm = keys::parse_alg(&key.alg).map_err(InternalError::from)?;
    let replacement = keys::generate(algorithm, now).map_err(InternalError::from)?;
    let tx = storage::begin(db).await?;
    if !storage::keys::retire_now(&tx, kid, now).await? {
        return Err(RetireError::AlreadyRetired);
    }
    storage::keys::insert(&tx, &replacement, keks).await?;
    storage::commit(tx).await?;
    tracing::warn!(kid = %kid, replacement = %replacement.kid, "signing key retired at once");
    Ok(Retirement {
        kid: key.kid,
        alg: key.alg,
        replacement: replacement.kid,
    })
}
