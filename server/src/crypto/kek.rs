//! The key-encryption key (KEK): every secret the database holds (signing keys, the HMAC key)
//! is stored sealed under it, so that a database dump alone can sign nothing.
//!
//! Stored form: `gh1:<kek id>:<base64(nonce || AES-256-GCM ciphertext)>`. The associated data
//! names the row (`table/key`), so a value cannot be moved to another row; the kek id says which
//! KEK sealed it, so values written under the previous KEK stay readable during a switch.

use aws_lc_rs::{
    aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey},
    digest, rand,
};
use base64::{Engine, engine::general_purpose::STANDARD};
use secrecy::{ExposeSecret, SecretString};

const PREFIX: &str = "gh1";

#[derive(Debug, thiserror::Error)]
pub enum KekError {
    #[error("must be the base64 of 32 random bytes")]
    Malformed,
    #[error("sealed under KEK `{0}`, which is neither `secrets.kek` nor `secrets.previous_kek`")]
    UnknownKek(String),
    #[error("cannot be decrypted with the configured KEK (wrong key, or the value was altered)")]
    Undecryptable,
    #[error("is not in the sealed format")]
    NotSealed,
}

pub struct Kek {
    id: String,
    key: LessSafeKey,
}

impl Kek {
    /// Parses the configured form: base64 of exactly 32 bytes.
    pub fn parse(encoded: &SecretString) -> Result<Self, KekError> {
        let bytes = STANDARD
            .decode(encoded.expose_secret().trim())
            .map_err(|_| KekError::Malformed)?;
        if bytes.len() != 32 {
            return Err(KekError::Malformed);
        }
        // The id identifies the key without revealing it: a truncated hash under a fixed label.
        let mut labelled = b"gatehouse kek id\0".to_vec();
        labelled.extend_from_slice(&bytes);
        let id = crate::crypto::hmac_key::hex(&digest::digest(&digest::SHA256, &labelled).as_ref()[..6]);
        let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &bytes).map_err(|_| KekError::Malformed)?);
        Ok(Self { id, key })
    }

    /// A new random KEK in its configured form.
    pub fn generate() -> SecretString {
        let mut bytes = [0u8; 32];
        rand::fill(&mut bytes).expect("the system random generator failed");
        SecretString::from(STANDARD.encode(bytes))
    }

    pub fn id(&self) -> &str {
        &self.id
    }
}

/// The KEK that seals, and the one it replaced (still read, never written).
pub struct Keks {
    pub current: Kek,
    pub previous: Option<Kek>,
}

/// Whether `stored` is in the sealed format (legacy rows are plaintext).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with("gh1:")
}

/// The KEK id a sealed value names.
pub fn sealed_by(stored: &str) -> Option<&str> {
    stored.strip_prefix("gh1:")?.split(':').next()
}

impl Keks {
    pub fn seal(&self, plaintext: &[u8], row: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::fill(&mut nonce).expect("the system random generator failed");
        let mut buffer = plaintext.to_vec();
        self.current
            .key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(row.as_bytes()),
                &mut buffer,
            )
            .expect("AES-GCM sealing of a small value cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&buffer);
        format!("{PREFIX}:{}:{}", self.current.id, STANDARD.encode(out))
    }

    pub fn open(&self, stored: &str, row: &str) -> Result<Vec<u8>, KekError> {
        let rest = stored.strip_prefix("gh1:").ok_or(KekError::NotSealed)?;
        let (id, data) = rest.split_once(':').ok_or(KekError::NotSealed)?;
        let kek = [Some(&self.current), self.previous.as_ref()]
            .into_iter()
            .flatten()
            .find(|k| k.id == id)
            .ok_or_else(|| KekError::UnknownKek(id.to_owned()))?;
        let mut data = STANDARD.decode(data).map_err(|_| KekError::NotSealed)?;
        if data.len() < NONCE_LEN {
            return Err(KekError::NotSealed);
        }
        let mut sealed = data.split_off(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(&data).map_err(|_| KekError::NotSealed)?;
        let plain = kek
            .key
            .open_in_place(nonce, Aad::from(row.as_bytes()), &mut sealed)
            .map_err(|_| KekError::Undecryptable)?;
        Ok(plain.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keks() -> Keks {
        Keks {
            current: Kek::parse(&Kek::generate()).unwrap(),
            previous: None,
        }
    }

    #[test]
    fn a_sealed_value_opens_only_for_its_row_and_its_key() {
        let keks = keks();
        let sealed = keks.seal(b"secret", "signing_keys/a");
        assert!(is_sealed(&sealed));
        assert_eq!(sealed_by(&sealed), Some(keks.current.id()));
        assert_eq!(keks.open(&sealed, "signing_keys/a").unwrap(), b"secret");
        assert!(matches!(
            keks.open(&sealed, "signing_keys/b"),
            Err(KekError::Undecryptable)
        ));
        let other = self::keks();
        assert!(matches!(
            other.open(&sealed, "signing_keys/a"),
            Err(KekError::UnknownKek(_))
        ));
    }

    #[test]
    fn the_previous_kek_still_opens() {
        let old = self::keks();
        let sealed = old.seal(b"secret", "r");
        let new = Keks {
            current: Kek::parse(&Kek::generate()).unwrap(),
            previous: Some(old.current),
        };
        assert_eq!(new.open(&sealed, "r").unwrap(), b"secret");
    }

    #[test]
    fn malformed_keks_are_refused() {
        for bad in ["", "not base64!", "AAAA"] {
            assert!(Kek::parse(&SecretString::from(bad)).is_err());
        }
    }
}
