//! The key under which failed passwords are counted: the identifier as typed, normalised the
//! way sign-in matches it, so that `Alice`, `alice ` and full-width `ａｌｉｃｅ` share one
//! counter. A malformed identifier gets a key too: it must cost what an unknown one costs.

use super::identifier::{Identifier, IdentifierType};

/// Keys stay short whatever was typed.
const MAX_KEY_CHARS: usize = 200;

pub fn lockout_key(kind: IdentifierType, raw: &str) -> String {
    let normalized = match Identifier::parse(kind, raw) {
        Ok(Identifier::Username(name)) => name.normalized().to_owned(),
        Ok(Identifier::Email(email)) => email.normalized(),
        Err(_) => raw.trim().to_lowercase(),
    };
    let key = format!("{}:{normalized}", kind.as_str());
    key.chars().take(MAX_KEY_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_identifier_share_a_key() {
        assert_eq!(
            lockout_key(IdentifierType::Username, " Alice "),
            lockout_key(IdentifierType::Username, "alice")
        );
        assert_eq!(
            lockout_key(IdentifierType::Username, "ＡＬＩＣＥ"),
            lockout_key(IdentifierType::Username, "alice")
        );
        assert_eq!(
            lockout_key(IdentifierType::Email, "Bob@Example.COM"),
            lockout_key(IdentifierType::Email, "bob@example.com")
        );
        assert_ne!(
            lockout_key(IdentifierType::Email, "alice"),
            lockout_key(IdentifierType::Username, "alice")
        );
    }

    #[test]
    fn long_input_makes_a_bounded_key() {
        assert!(
            lockout_key(IdentifierType::Username, &"x".repeat(10_000))
                .chars()
                .count()
                <= MAX_KEY_CHARS
        );
    }
}
