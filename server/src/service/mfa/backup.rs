//! Backup codes: ten single-use codes shown once, stored as HMACs under the server's key;
//! generating a new set replaces the old one.

use chrono::Utc;

use super::Result;
use crate::{crypto::hmac_key::random_below, state::AppState, storage};

const COUNT: usize = 10;
/// No 0/O or 1/I/L: read off paper without doubt.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

fn new_code() -> String {
    let chars: String = (0..10)
        .map(|_| ALPHABET[random_below(ALPHABET.len() as u32) as usize] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// The stored form: case, spaces and dashes do not matter when typed.
fn hash(state: &AppState, code: &str) -> String {
    let normalized: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    state.hmac.sign_hex(format!("backup-code:{normalized}").as_bytes())
}

/// A new set for the user, in the caller's transaction: the codes, to show once.
pub async fn regenerate(state: &AppState, tx: &storage::Tx, user_id: &str) -> Result<Vec<String>> {
    let codes: Vec<String> = (0..COUNT).map(|_| new_code()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| hash(state, c)).collect();
    storage::mfa::replace_backup_codes(tx, user_id, &hashes, Utc::now()).await?;
    Ok(codes)
}

/// Uses a code up, once; how many are left, or `None` when it is not an unused code of theirs.
pub async fn redeem(state: &AppState, user_id: &str, code: &str) -> Result<Option<u64>> {
    if code.len() > 32 {
        return Ok(None);
    }
    if !storage::mfa::use_backup_code(&state.db, user_id, &hash(state, code), Utc::now()).await? {
        return Ok(None);
    }
    Ok(Some(storage::mfa::backup_codes_left(&state.db, user_id).await?))
}

pub async fn left(state: &AppState, user_id: &str) -> Result<u64> {
    Ok(storage::mfa::backup_codes_left(&state.db, user_id).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_groups_of_five_unambiguous_characters() {
        for _ in 0..50 {
            let code = new_code();
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            assert!(
                code.bytes().filter(|b| *b != b'-').all(|b| ALPHABET.contains(&b)),
                "{code}"
            );
        }
    }
}
