//! The built-in captcha on registration: an ALTCHA-compatible proof of work. The server signs a
//! challenge (`SHA-256(salt + number)` for a secret number up to `maxnumber`); the browser
//! finds the number and sends the solution back as `captchaToken`. Challenges are signed (no
//! storage until solved), expire, and are accepted once.
//!
//! The signature covers the salt as well as the challenge. `SHA-256(salt + number)` alone does
//! not say where the salt ends, so digits moved from the number to the end of the salt would
//! keep the hash and rewrite the salt's `expires=` (ALTCHA's "challenge splicing").

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use crate::{
    crypto::hmac_key::{HmacKey, hex, random_below, sha256_hex},
    service::experience::ExperienceError,
    state::AppState,
    storage,
};

/// About a second of work for a browser, nothing for the server.
const MAX_NUMBER: u32 = 100_000;
const LIFETIME_MINUTES: i64 = 10;
const ALGORITHM: &str = "SHA-256";

pub struct Challenge {
    pub algorithm: &'static str,
    pub challenge: String,
    pub maxnumber: u32,
    pub salt: String,
    pub signature: String,
}

/// What is signed. `challenge` is always 64 hex digits (the server computes it), so the
/// separator cannot be moved.
fn signed_message(challenge: &str, salt: &str) -> String {
    format!("altcha:{ALGORITHM}:{challenge}:{salt}")
}

pub fn challenge(state: &AppState) -> Challenge {
    issue(&state.hmac, Utc::now() + Duration::minutes(LIFETIME_MINUTES))
}

fn issue(key: &HmacKey, expires: DateTime<Utc>) -> Challenge {
    let nonce: Vec<u8> = (0..12).map(|_| random_below(256) as u8).collect();
    let salt = format!("{}?expires={}", hex(&nonce), expires.timestamp());
    let number = random_below(MAX_NUMBER + 1);
    let challenge = sha256_hex(format!("{salt}{number}").as_bytes());
    Challenge {
        algorithm: ALGORITHM,
        signature: key.sign_hex(signed_message(&challenge, &salt).as_bytes()),
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

/// The expiry of a genuine, live solution. An expiry further than a challenge's lifetime from
/// `now` is refused even when signed: no challenge is issued so, and the redemption record
/// (kept until that expiry) stays bounded.
fn check(key: &HmacKey, solution: &Solution, now: DateTime<Utc>) -> Result<DateTime<Utc>, ExperienceError> {
    let challenge = sha256_hex(format!("{}{}", solution.salt, solution.number).as_bytes());
    let genuine = solution.algorithm == ALGORITHM
        && challenge == solution.challenge
        && key.verify_hex(
            signed_message(&challenge, &solution.salt).as_bytes(),
            &solution.signature,
        );
    if !genuine {
        return Err(ExperienceError::CaptchaInvalid);
    }
    let expires_at = expiry(&solution.salt)
        .filter(|e| *e <= now + Duration::minutes(LIFETIME_MINUTES))
        .ok_or(ExperienceError::CaptchaInvalid)?;
    if expires_at <= now {
        return Err(ExperienceError::CaptchaExpired);
    }
    Ok(expires_at)
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
    let expires_at = check(&state.hmac, &solution, Utc::now())?;
    if !storage::captcha_redemptions::redeem(&state.db, &solution.challenge, expires_at).await? {
        return Err(ExperienceError::CaptchaUsed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;

    fn new_key() -> HmacKey {
        HmacKey::from_stored(&HmacKey::generate()).unwrap()
    }

    fn solve(challenge: &Challenge) -> Solution {
        let number = (0..=u64::from(challenge.maxnumber))
            .find(|n| sha256_hex(format!("{}{n}", challenge.salt).as_bytes()) == challenge.challenge)
            .unwrap();
        Solution {
            algorithm: challenge.algorithm.into(),
            challenge: challenge.challenge.clone(),
            number,
            salt: challenge.salt.clone(),
            signature: challenge.signature.clone(),
        }
    }

    #[test]
    fn reads_the_expiry_from_the_salt() {
        assert_eq!(
            expiry("abc?expires=1700000000").map(|d| d.timestamp()),
            Some(1_700_000_000)
        );
        assert_eq!(expiry("abc?x=1&expires=5").map(|d| d.timestamp()), Some(5));
        assert_eq!(expiry("abc"), None);
    }

    #[test]
    fn a_solution_holds_until_its_expiry_under_its_key_only() {
        let key = new_key();
        let now = Utc::now();
        let solution = solve(&issue(&key, now + Duration::minutes(LIFETIME_MINUTES)));
        let expires = check(&key, &solution, now).unwrap();
        assert_eq!(
            expires.timestamp(),
            (now + Duration::minutes(LIFETIME_MINUTES)).timestamp()
        );
        assert!(matches!(
            check(&key, &solution, expires),
            Err(ExperienceError::CaptchaExpired)
        ));
        assert!(matches!(
            check(&new_key(), &solution, now),
            Err(ExperienceError::CaptchaInvalid)
        ));
    }

    #[test]
    fn the_salt_cannot_take_digits_from_the_number() {
        let key = new_key();
        let now = Utc::now();
        // One digit moved: ten times the expiry, a date chrono can still hold.
        let solution = loop {
            let solution = solve(&issue(&key, now + Duration::minutes(1)));
            let digits = solution.number.to_string();
            if digits.len() == 2 || (digits.len() > 2 && !digits[1..].starts_with('0')) {
                break solution;
            }
        };
        let digits = solution.number.to_string();
        let (moved, kept) = digits.split_at(1);
        let spliced = Solution {
            algorithm: solution.algorithm.clone(),
            challenge: solution.challenge.clone(),
            number: kept.parse().unwrap(),
            salt: format!("{}{moved}", solution.salt),
            signature: solution.signature.clone(),
        };
        // The same hash, and an expiry ten times further.
        assert_eq!(
            sha256_hex(format!("{}{}", spliced.salt, spliced.number).as_bytes()),
            solution.challenge
        );
        assert!(expiry(&spliced.salt).unwrap().timestamp() > now.timestamp() * 9);
        assert!(matches!(
            check(&key, &spliced, now),
            Err(ExperienceError::CaptchaInvalid)
        ));
        assert!(check(&key, &solution, now).is_ok());
    }

    #[test]
    fn a_signed_expiry_beyond_one_lifetime_is_refused() {
        let key = new_key();
        let now = Utc::now();
        let later = now + Duration::minutes(LIFETIME_MINUTES) + Duration::seconds(1);
        let solution = solve(&issue(&key, later));
        assert!(matches!(
            check(&key, &solution, now),
            Err(ExperienceError::CaptchaInvalid)
        ));
        assert!(check(&key, &solution, now + Duration::seconds(1)).is_ok());
    }
}
