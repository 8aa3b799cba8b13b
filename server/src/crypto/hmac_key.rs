//! The server's HMAC key (shared by every instance through the database): it signs captcha
//! challenges and keys the stored form of one-time codes, whose 6 digits a plain hash would
//! not protect.

use aws_lc_rs::{digest, hmac, rand};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use secrecy::{ExposeSecret, SecretSlice};

#[derive(Clone)]
pub struct HmacKey(std::sync::Arc<SecretSlice<u8>>);

impl HmacKey {
    /// A new random key, base64url, for storing.
    pub fn generate() -> String {
        let mut bytes = [0u8; 32];
        rand::fill(&mut bytes).expect("the system random generator failed");
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn from_stored(stored: &str) -> Option<Self> {
        let bytes = URL_SAFE_NO_PAD.decode(stored).ok().filter(|b| b.len() >= 32)?;
        Some(Self(std::sync::Arc::new(SecretSlice::from(bytes))))
    }

    /// HMAC-SHA256 of `message`, hex.
    pub fn sign_hex(&self, message: &[u8]) -> String {
        let key = hmac::Key::new(hmac::HMAC_SHA256, self.0.expose_secret());
        hex(hmac::sign(&key, message).as_ref())
    }

    pub fn verify_hex(&self, message: &[u8], signature_hex: &str) -> bool {
        super::token::constant_time_eq(self.sign_hex(message).as_bytes(), signature_hex.as_bytes())
    }
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A uniformly random number in `0..bound`.
pub fn random_below(bound: u32) -> u32 {
    // Rejection sampling: the last partial range of u32 would favour small values.
    let zone = u32::MAX - (u32::MAX % bound);
    loop {
        let mut bytes = [0u8; 4];
        rand::fill(&mut bytes).expect("the system random generator failed");
        let n = u32::from_le_bytes(bytes);
        if n < zone {
            return n % bound;
        }
    }
}

/// A one-time code as people type it: 6 digits.
pub fn six_digit_code() -> String {
    format!("{:06}", random_below(1_000_000))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_under_the_same_key() {
        let key = HmacKey::from_stored(&HmacKey::generate()).unwrap();
        let other = HmacKey::from_stored(&HmacKey::generate()).unwrap();
        let sig = key.sign_hex(b"challenge");
        assert!(key.verify_hex(b"challenge", &sig));
        assert!(!other.verify_hex(b"challenge", &sig));
        assert!(!key.verify_hex(b"challengf", &sig));
    }

    #[test]
    fn codes_have_six_digits() {
        for _ in 0..100 {
            let code = six_digit_code();
            assert_eq!(code.len(), 6);
            assert!(code.chars().all(|c| c.is_ascii_digit()));
        }
        assert_eq!(sha256_hex(b"abc").len(), 64);
    }
}
