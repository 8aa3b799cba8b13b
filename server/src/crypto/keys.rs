//! Signing keys: generated here, kept in the database, published as a JWK Set.

use std::collections::HashMap;

use aws_lc_rs::{
    digest, rand,
    signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
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
}

/// A key as it is stored: the private part as PKCS#8 DER, the public part as a JWK.
pub struct KeyMaterial {
    pub kid: String,
    pub alg: String,
    pub pkcs8_der: Vec<u8>,
    pub public_jwk: Value,
}

/// Generates an ES256 (P-256) key; its `kid` is the RFC 7638 thumbprint of its public JWK.
pub fn generate_es256() -> Result<KeyMaterial, KeyError> {
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
    let thumbprint_input = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
    let kid = URL_SAFE_NO_PAD.encode(digest::digest(&digest::SHA256, thumbprint_input.as_bytes()));
    let public_jwk = json!({
        "kty": "EC", "crv": "P-256", "x": x, "y": y,
        "kid": kid, "use": "sig", "alg": "ES256",
    });
    Ok(KeyMaterial {
        kid,
        alg: "ES256".into(),
        pkcs8_der: pkcs8.as_ref().to_vec(),
        public_jwk,
    })
}

/// A key ready to sign.
pub struct SigningKey {
    pub kid: String,
    pub alg: Algorithm,
    pub encoding: EncodingKey,
}

impl SigningKey {
    pub fn from_material(material: &KeyMaterial) -> Result<Self, KeyError> {
        let alg = match material.alg.as_str() {
            "ES256" => Algorithm::ES256,
            "RS256" => Algorithm::RS256,
            other => return Err(KeyError::UnsupportedAlg(other.into())),
        };
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
            _ => EncodingKey::from_rsa_der(&material.pkcs8_der),
        };
        Ok(Self {
            kid: material.kid.clone(),
            alg,
            encoding,
        })
    }
}

/// The keys in force: the one that signs now, and every published one for verification.
pub struct KeyRing {
    pub signing: SigningKey,
    verifying: HashMap<String, (Algorithm, DecodingKey)>,
    jwks: Value,
}

impl KeyRing {
    /// `signing` is the newest active key; `published` holds every key not yet retired.
    pub fn new(signing: &KeyMaterial, published: &[KeyMaterial]) -> Result<Self, KeyError> {
        let mut verifying = HashMap::new();
        for key in published {
            let jwk: Jwk = serde_json::from_value(key.public_jwk.clone()).map_err(|_| KeyError::Invalid {
                kid: key.kid.clone(),
                alg: key.alg.clone(),
            })?;
            let decoding = DecodingKey::from_jwk(&jwk).map_err(|_| KeyError::Invalid {
                kid: key.kid.clone(),
                alg: key.alg.clone(),
            })?;
            let alg = SigningKey::from_material(key)?.alg;
            verifying.insert(key.kid.clone(), (alg, decoding));
        }
        let jwks = json!({ "keys": published.iter().map(|k| k.public_jwk.clone()).collect::<Vec<_>>() });
        Ok(Self {
            signing: SigningKey::from_material(signing)?,
            verifying,
            jwks,
        })
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
    fn generated_keys_publish_only_public_members() {
        let key = generate_es256().unwrap();
        let jwk = key.public_jwk.as_object().unwrap();
        assert!(!jwk.contains_key("d"));
        assert_eq!(jwk["kid"], key.kid.as_str());
        let ring = KeyRing::new(&key, std::slice::from_ref(&key)).unwrap();
        assert_eq!(ring.jwks()["keys"].as_array().unwrap().len(), 1);
        assert!(ring.verifying_key(&key.kid).is_some());
    }
}
