//! Cryptography: argon2id password hashing, signing keys and JWTs, opaque tokens.

pub mod hmac_key;
pub mod jwt;
pub mod kek;
pub mod keys;
pub mod password;
pub mod token;
pub mod totp;
mod workers;
