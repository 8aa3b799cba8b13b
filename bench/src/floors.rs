//! Floors measured in the same run through the server's own code: argon2id verifications and
//! ES256 signatures per second on this machine, with the server's settings.

use std::time::{Duration, Instant};

use gatehouse::{
    config::Settings,
    crypto::{
        jwt::{self, ACCESS_TOKEN_TYPE},
        keys::{KeyRing, generate},
        password::PasswordHasher,
    },
};
use jsonwebtoken::Algorithm;
use secrecy::SecretString;
use serde_json::json;

/// Verifications per second with `max_concurrent` hashes at once, as the server runs them.
pub async fn argon2(settings: &Settings, duration: Duration) -> anyhow::Result<f64> {
    let hasher = PasswordHasher::new(&settings.password_hashing)?;
    let password = SecretString::from("bench password 1");
    let hash = hasher.hash(&password).await?;
    let workers = settings.password_hashing.max_concurrent;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let (hasher, password, hash) = (hasher.clone(), password.clone(), hash.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = 0u64;
            while started.elapsed() < duration {
                hasher.verify(Some(&hash), &password).await.expect("verify");
                n += 1;
            }
            n
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await?;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

/// Signatures per second of an access token, on every core.
pub async fn es256(duration: Duration) -> anyhow::Result<f64> {
    let keys = std::sync::Arc::new(KeyRing::new(&[generate(Algorithm::ES256, chrono::Utc::now())?])?);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..cores {
        let keys = keys.clone();
        tasks.push(tokio::task::spawn_blocking(move || {
            let mut n = 0u64;
            while started.elapsed() < duration {
                let claims = json!({"iss": "https://bench.test/oidc", "sub": "user", "aud": "bench-rp",
                    "exp": 2_000_000_000, "iat": 1_700_000_000, "jti": n.to_string(), "scope": "openid"});
                jwt::sign(&keys, Algorithm::ES256, ACCESS_TOKEN_TYPE, &claims).expect("sign");
                n += 1;
            }
            n
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await?;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}
