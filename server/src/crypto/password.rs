//! argon2id hashing off the async threads, behind a semaphore so a burst of sign-ins queues
//! instead of exhausting memory. Unknown users get a verify against a dummy hash: the same work.
//! The work runs on `max_concurrent` low-priority threads (`workers`), each reusing its argon2
//! memory, so the process holds at most `max_concurrent × memory_kib` for hashing.

use std::sync::Arc;

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, PasswordHasher as _, Version,
    password_hash::{Output, SaltString, rand_core::OsRng},
};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

use super::workers::Workers;
use crate::config::PasswordHashingSettings;

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("password hashing failed: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("cannot start the password hashing threads: {0}")]
    Start(#[from] std::io::Error),
    #[error("password hashing is shutting down")]
    Closed,
}

#[derive(Clone)]
pub struct PasswordHasher {
    params: Params,
    permits: Arc<Semaphore>,
    dummy_hash: Arc<str>,
    workers: Workers,
}

impl PasswordHasher {
    pub fn new(settings: &PasswordHashingSettings) -> Result<Self, HashError> {
        let params = Params::new(settings.memory_kib, settings.iterations, settings.parallelism, None)
            .map_err(|e| HashError::Hash(e.into()))?;
        let dummy_hash = hash_blocking(&params, "gatehouse dummy password")?.into();
        Ok(Self {
            params,
            permits: Arc::new(Semaphore::new(settings.max_concurrent)),
            dummy_hash,
            workers: Workers::start(settings.max_concurrent)?,
        })
    }

    pub async fn hash(&self, password: &SecretString) -> Result<String, HashError> {
        let _permit = self.permits.acquire().await.map_err(|_| HashError::Closed)?;
        let params = self.params.clone();
        let password = password.clone();
        self.workers
            .run(move |_| hash_blocking(&params, password.expose_secret()))
            .await
            .ok_or(HashError::Closed)?
    }

    /// Verifies `password` against `stored`, or against the dummy hash when there is no stored
    /// hash, so that an unknown user costs exactly what a wrong password costs.
    pub async fn verify(&self, stored: Option<&str>, password: &SecretString) -> Result<bool, HashError> {
        let _permit = self.permits.acquire().await.map_err(|_| HashError::Closed)?;
        let known = stored.is_some();
        let stored: String = stored.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let password = password.clone();
        let matches = self
            .workers
            .run(move |memory| verify_with_memory(&stored, password.expose_secret().as_bytes(), memory))
            .await
            .ok_or(HashError::Closed)??;
        Ok(known && matches)
    }
}

/// What `PasswordVerifier::verify_password` does, in `blocks` (resized to the stored hash's
/// memory cost, which may differ from the current settings), comparing in constant time.
fn verify_with_memory(stored: &str, password: &[u8], blocks: &mut Vec<Block>) -> Result<bool, HashError> {
    let parsed = PasswordHash::new(stored).map_err(HashError::Hash)?;
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(HashError::Hash)?;
    let version = parsed
        .version
        .map(Version::try_from)
        .transpose()
        .map_err(|e| HashError::Hash(e.into()))?
        .unwrap_or_default();
    let params = Params::try_from(&parsed).map_err(HashError::Hash)?;
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return Err(HashError::Hash(argon2::password_hash::Error::PhcStringField));
    };
    let mut salt_bytes = [0u8; 64];
    let salt = salt.decode_b64(&mut salt_bytes).map_err(HashError::Hash)?;
    blocks.resize(params.block_count(), Block::default());
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password, salt, &mut out, blocks.as_mut_slice())
        .map_err(|e| HashError::Hash(e.into()))?;
    // `Output`'s equality is constant-time.
    Ok(Output::new(&out).map_err(HashError::Hash)? == expected)
}

fn argon(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_blocking(params: &Params, password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    argon(params)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(HashError::Hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> PasswordHasher {
        PasswordHasher::new(&PasswordHashingSettings {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
            max_concurrent: 2,
            max_password_bytes: 256,
        })
        .unwrap()
    }

    #[tokio::test]
    async fn verifies_its_own_hashes_and_refuses_others() {
        let hasher = cheap();
        let secret = SecretString::from("correct horse");
        let hash = hasher.hash(&secret).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(hasher.verify(Some(&hash), &secret).await.unwrap());
        assert!(!hasher.verify(Some(&hash), &SecretString::from("wrong")).await.unwrap());
    }

    #[tokio::test]
    async fn an_unknown_user_never_verifies_even_with_the_dummy_password() {
        let hasher = cheap();
        let dummy = SecretString::from("gatehouse dummy password");
        assert!(!hasher.verify(None, &dummy).await.unwrap());
    }
}
