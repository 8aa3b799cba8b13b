//! Signing and checking the JWTs we issue (ID tokens and RFC 9068 access tokens).

use jsonwebtoken::{Algorithm, Header, Validation, decode, decode_header, encode};
use serde::{Serialize, de::DeserializeOwned};

use super::keys::{KeyError, KeyRing};

pub const ACCESS_TOKEN_TYPE: &str = "at+jwt";

#[derive(Debug, thiserror::Error)]
pub enum JwtError {
    #[error("token could not be signed: {0}")]
    Sign(jsonwebtoken::errors::Error),
    #[error("token is not valid")]
    Invalid,
    #[error(transparent)]
    Key(#[from] KeyError),
}

pub fn sign<T: Serialize>(keys: &KeyRing, alg: Algorithm, typ: &str, claims: &T) -> Result<String, JwtError> {
    let key = keys.signing_key(alg, chrono::Utc::now())?;
    let mut header = Header::new(key.alg);
    header.kid = Some(key.kid.clone());
    header.typ = Some(typ.to_owned());
    encode(&header, claims, &key.encoding).map_err(JwtError::Sign)
}

/// Checks signature, `typ`, issuer and expiry of a token we issued. Audience is checked by the
/// caller, which knows what it expects.
pub fn verify<T: DeserializeOwned>(keys: &KeyRing, token: &str, typ: &str, issuer: &str) -> Result<T, JwtError> {
    verify_with(keys, token, typ, issuer, true)
}

/// As [`verify`], but an expired token passes: an `id_token_hint` may be old.
pub fn verify_ignoring_expiry<T: DeserializeOwned>(
    keys: &KeyRing,
    token: &str,
    typ: &str,
    issuer: &str,
) -> Result<T, JwtError> {
    verify_with(keys, token, typ, issuer, false)
}

fn verify_with<T: DeserializeOwned>(
    keys: &KeyRing,
    token: &str,
    typ: &str,
    issuer: &str,
    check_expiry: bool,
) -> Result<T, JwtError> {
    let header = decode_header(token).map_err(|_| JwtError::Invalid)?;
    if header.typ.as_deref() != Some(typ) {
        return Err(JwtError::Invalid);
    }
    let kid = header.kid.ok_or(JwtError::Invalid)?;
    let (alg, key) = keys.verifying_key(&kid).ok_or(JwtError::Invalid)?;
    if header.alg != *alg {
        return Err(JwtError::Invalid);
    }
    let mut validation = Validation::new(*alg);
    validation.set_issuer(&[issuer]);
    validation.validate_aud = false;
    validation.leeway = 0;
    validation.validate_exp = check_expiry;
    validation.set_required_spec_claims(&["exp", "iss", "sub"]);
    decode::<T>(token, key, &validation)
        .map(|data| data.claims)
        .map_err(|_| JwtError::Invalid)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::*;
    use crate::crypto::keys::{KeyRing, generate};

    #[derive(Deserialize)]
    struct Claims {
        sub: String,
    }

    fn ring() -> KeyRing {
        KeyRing::new(&[generate(Algorithm::ES256, chrono::Utc::now()).unwrap()]).unwrap()
    }

    #[test]
    fn round_trips_and_refuses_tampering() {
        let keys = ring();
        let exp = chrono::Utc::now().timestamp() + 60;
        let token = sign(
            &keys,
            Algorithm::ES256,
            ACCESS_TOKEN_TYPE,
            &json!({"iss": "i", "sub": "u", "exp": exp}),
        )
        .unwrap();
        let claims: Claims = verify(&keys, &token, ACCESS_TOKEN_TYPE, "i").unwrap();
        assert_eq!(claims.sub, "u");
        assert!(verify::<Claims>(&keys, &token, "JWT", "i").is_err());
        assert!(verify::<Claims>(&keys, &token, ACCESS_TOKEN_TYPE, "other").is_err());
        assert!(verify::<Claims>(&ring(), &token, ACCESS_TOKEN_TYPE, "i").is_err());
    }
}
