//! Signing keys: generated here, kept in the database, published as a JWK Set. A key is
//! published before it signs (its `activated_at` lies ahead) and stays published until every
//! token it signed has expired.

use std::collections::HashMap;

use aws_lc_rs::{
    digest,
    encoding::AsDer,
    rand,
    rsa::{self, KeySize},
    signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair},
};
use base64::{
    Engine,
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
};
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, jwk::Jwk};
use serde_json::{Value, json};

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the signing key could not be generated")]
    Generate,
    #[error("stored signing key {kid} is not a valid {alg} key")]
    Invalid { kid: String, alg: String },
    #[error("signing algorithm {0} is not supported")]
    UnsupportedAlg(String),
    #[error("no {0:?} key is active")]
    NoActiveKey(Algorithm),
}

/// A key as it is stored: the private part as PKCS#8 DER, the public part as a JWK.
pub struct KeyMaterial {
    pub kid: String,
    pub alg: String,
    pub pkcs8_der: Vec<u8>,
    pub public_jwk: Value,
    pub activated_at: DateTime<Utc>,
}

pub fn parse_alg(alg: &str) -> Result<Algorithm, KeyError> {
    match alg {
        "ES256" => Ok(Algorithm::ES256),
        "RS256" => Ok(Algorithm::RS256),
        other => Err(KeyError::UnsupportedAlg(other.into())),
    }
}

fn thumbprint(canonical_jwk: &str) -> String {
    URL_SAFE_NO_PAD.encode(digest::digest(&digest::SHA256, canonical_jwk.as_bytes()))
}

/// Generates a key of `alg`, active from `activated_at`; its `kid` is the RFC 7638 thumbprint.
pub fn generate(alg: Algorithm, activated_at: DateTime<Utc>) -> Result<KeyMaterial, KeyError> {
    match alg {
        Algorithm::ES256 => generate_es256(activated_at),
        Algorithm::RS256 => generate_rs256(activated_at),
        other => Err(KeyError::UnsupportedAlg(format!("{other:?}"))),
    }
}

fn generate_es256(activated_at: DateTime<Utc>) -> Result<KeyMaterial, KeyError> {
    let rng = rand::SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).map_err(|_| KeyError::Generate)?;
    let pair =
        EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref()).map_err(|_| KeyError::Generate)?;
    // Uncompressed SEC1 point: 0x04 || x (32 bytes) || y (32 bytes).
    let point = pair.public_key().as_ref();
    let (x, y) = (
        URL_SAFE_NO_PAD.encode(&point[1..33]),
        URL_SAFE_NO_PAD.encode(&point[33..65]),
    );
    let kid = thumbprint(&format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#));
    Ok(KeyMaterial {
        public_jwk: json!({"kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": kid, "use": "sig", "alg": "ES256"}),
        kid,
        alg: "ES256".into(),
        pkcs8_der: pkcs8.as_ref().to_vec(),
        activated_at,
    })
}

fn generate_rs256(activated_at: DateTime<Utc>) -> Result<KeyMaterial, KeyError> {
    let pair = rsa::KeyPair::generate(KeySize::Rsa2048).map_err(|_| KeyError::Generate)?;
    let der = pair.as_der().map_err(|_| KeyError::Generate)?;
    let public = pair.public_key();
    let n = URL_SAFE_NO_PAD.encode(public.modulus().big_endian_without_leading_zero());
    let e = URL_SAFE_NO_PAD.encode(public.exponent().big_endian_without_leading_zero());
    let kid = thumbprint(&format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#));
    Ok(KeyMaterial {
        public_jwk: json!({"kty": "RSA", "n": n, "e": e, "kid": kid, "use": "sig", "alg": "RS256"}),
        kid,
        alg: "RS256".into(),
        pkcs8_der: der.as_ref().to_vec(),
        activated_at,
    })
}

/// A key ready to sign.
pub struct SigningKey {
    pub kid: String,
    pub alg: Algorithm,
    pub encoding: EncodingKey,
    activated_at: DateTime<Utc>,
}

impl SigningKey {
    fn from_material(material: &KeyMaterial) -> Result<Self, KeyError> {
        let alg = parse_alg(&material.alg)?;
        let invalid = || KeyError::Invalid {
            kid: material.kid.clone(),
            alg: material.alg.clone(),
        };
        let encoding = match alg {
            Algorithm::ES256 => {
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &material.pkcs8_der)
                    .map_err(|_| invalid())?;
                EncodingKey::from_ec_der(&material.pkcs8_der)
            }
            _ => {
                // jsonwebtoken reads PKCS#8 RSA keys from PEM only.
                let pem = format!(
                    "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
                    STANDARD.encode(&material.pkcs8_der)
                );
                EncodingKey::from_rsa_pem(pem.as_bytes()).map_err(|_| invalid())?
            }
        };
        Ok(Self {
            kid: material.kid.clone(),
            alg,
            encoding,
            activated_at: material.activated_at,
        })
    }
}

/// The keys in force: every published one, for signing (once active) and verification.
pub struct KeyRing {
    signing: Vec<SigningKey>,
    verifying: HashMap<String, (Algorithm, DecodingKey)>,
    jwks: Value,
}

impl KeyRing {
    pub fn new(published: &[KeyMaterial]) -> Result<Self, KeyError> {
        let mut verifying = HashMap::new();
        let mut signing = Vec::new();
        for key in published {
            let invalid = || KeyError::Invalid {
                kid: key.kid.clone(),
                alg: key.alg.clone(),
            };
            let jwk: Jwk = serde_json::from_value(key.public_jwk.clone()).map_err(|_| invalid())?;
            let decoding = DecodingKey::from_jwk(&jwk).map_err(|_| invalid())?;
            let signer = SigningKey::from_material(key)?;
            verifying.insert(key.kid.clone(), (signer.alg, decoding));
            signing.push(signer);
        }
        // Newest first, so the first active key of an algorithm is the one to sign with.
        signing.sort_by_key(|k| std::cmp::Reverse(k.activated_at));
        let jwks = json!({ "keys": published.iter().map(|k| k.public_jwk.clone()).collect::<Vec<_>>() });
        Ok(Self {
            signing,
            verifying,
            jwks,
        })
    }

    /// The newest key of `alg` whose activation time has come.
    pub fn signing_key(&self, alg: Algorithm, now: DateTime<Utc>) -> Result<&SigningKey, KeyError> {
        self.signing
            .iter()
            .find(|k| k.alg == alg && k.activated_at <= now)
            .ok_or(KeyError::NoActiveKey(alg))
    }

    pub fn jwks(&self) -> &Value {
        &self.jwks
    }

    pub fn verifying_key(&self, kid: &str) -> Option<&(Algorithm, DecodingKey)> {
        self.verifying.get(kid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_publish_only_public_members_and_sign_once_active() {
        let now = Utc::now();
        let ec = generate(Algorithm::ES256, now).unwrap();
        let rsa = generate(Algorithm::RS256, now).unwrap();
        let future = generate(Algorithm::ES256, now + chrono::Duration::minutes(10)).unwrap();
        for key in [&ec, &rsa] {
            let jwk = key.public_jwk.as_object().unwrap();
            for private in ["d", "p", "q", "dp", "dq", "qi"] {
                assert!(!jwk.contains_key(private));
            }
        }
        let ring = KeyRing::new(&[ec, rsa, future]).unwrap();
        assert_eq!(ring.jwks()["keys"].as_array().unwrap().len(), 3);
        let es = ring.signing_key(Algorithm::ES256, now).unwrap();
        assert_ne!(
            es.kid,
            ring.jwks()["keys"][2]["kid"],
            "a key not yet active does not sign"
        );
        assert!(ring.signing_key(Algorithm::RS256, now).is_ok());
        let later = ring
            .signing_key(Algorithm::ES256, now + chrono::Duration::minutes(11))
            .unwrap();
        assert_eq!(later.kid, ring.jwks()["keys"][2]["kid"]);
    }
}
