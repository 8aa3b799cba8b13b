//! The built-in captcha on registration: an ALTCHA-compatible proof of work. The server signs a
//! challenge (`SHA-256(salt + number)` for a secret number up to `maxnumber`); the browser
//! finds the number and sends the solution back as `captchaToken`. Challenges are signed (no
//! storage until solved), expire, and are accepted once.

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use crate::{
    crypto::hmac_key::{hex, random_below, sha256_hex},
    service::experience::ExperienceError,
    state::AppState,
    storage,
};

/// About a second of work for a browser, nothing for the server.
const MAX_NUMBER: u32 = 100_000;
const LIFETIME_MINUTES: i64 = 10;

pub struct Challenge {
    pub algorithm: &'static str,
    pub challenge: String,
    pub maxnumber: u32,
    pub salt: String,
    pub signature: String,
}

pub fn challenge(state: &AppState) -> Challenge {
    let expires = (Utc::now() + Duration::minutes(LIFETIME_MINUTES)).timestamp();
    let nonce: Vec<u8> = (0..12).map(|_| random_below(256) as u8).collect();
    let salt = format!("{}?expires={expires}", hex(&nonce));
    let number = random_below(MAX_NUMBER + 1);
    let challenge = sha256_hex(format!("{salt}{number}").as_bytes());
    Challenge {
        algorithm: "SHA-256",
        signature: state.hmac.sign_hex(challenge.as_bytes()),
        challenge,
        maxnumber: MAX_NUMBER,
        salt,
    }
}

#[derive(Deserialize)]
struct Solution {
    algorithm: String,
    challenge: String,
    number: u64,
    salt: String,
    signature: String,
}

fn expiry(salt: &str) -> Option<DateTime<Utc>> {
    let (_, params) = salt.split_once('?')?;
    let expires = params
        .split('&')
        .find_map(|p| p.strip_prefix("expires="))?
        .parse::<i64>()
        .ok()?;
    DateTime::from_timestamp(expires, 0)
}

/// Checks a solution and uses it up.
pub async fn redeem(state: &AppState, token: Option<&str>) -> Result<(), ExperienceError> {
    let token = token
        .filter(|t| !t.is_empty())
        .ok_or(ExperienceError::CaptchaRequired)?;
    let solution: Solution = STANDARD
        .decode(token.trim())
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .ok_or(ExperienceError::CaptchaInvalid)?;
    let genuine = solution.algorithm == "SHA-256"
        && state
            .hmac
            .verify_hex(solution.challenge.as_bytes(), &solution.signature)
        && sha256_hex(format!("{}{}", solution.salt, solution.number).as_bytes()) == solution.challenge;
    if !genuine {
        return Err(ExperienceError::CaptchaInvalid);
    }
    let expires_at = expiry(&solution.salt).ok_or(ExperienceError::CaptchaInvalid)?;
    if expires_at <= Utc::now() {
        return Err(ExperienceError::CaptchaExpired);
    }
    if !storage::captcha_redemptions::redeem(&state.db, &solution.challenge, expires_at).await? {
        return Err(ExperienceError::CaptchaUsed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::expiry;

    #[test]
    fn reads_the_expiry_from_the_salt() {
        assert_eq!(
            expiry("abc?expires=1700000000").map(|d| d.timestamp()),
            Some(1_700_000_000)
        );
        assert_eq!(expiry("abc?x=1&expires=5").map(|d| d.timestamp()), Some(5));
        assert_eq!(expiry("abc"), None);
    }
}
