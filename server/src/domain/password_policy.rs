//! The password policy (`password.*`): every rule a new password breaks, so that a form can show
//! them all at once. The common passwords are the 10,000 most frequent of zxcvbn's list
//! (`common_passwords.txt`, MIT, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.), refused
//! whatever the other settings say.

use std::{collections::HashSet, sync::LazyLock};

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common_passwords.txt").lines().collect());

/// Below this, an identifier is too short for "contains the identifier" to mean anything.
const MIN_IDENTIFIER_CHARS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PasswordRule {
    TooShort,
    TooLong,
    NeedsLowercase,
    NeedsUppercase,
    NeedsDigit,
    NeedsNonAlphanumeric,
    /// `password.enforce_policy`: three of the four character classes.
    TooSimple,
    TooCommon,
    ContainsIdentifier,
}

impl PasswordRule {
    /// The stable code of the rule, in an error's `details`.
    pub fn code(self) -> &'static str {
        match self {
            Self::TooShort => "password.too_short",
            Self::TooLong => "password.too_long",
            Self::NeedsLowercase => "password.needs_lowercase",
            Self::NeedsUppercase => "password.needs_uppercase",
            Self::NeedsDigit => "password.needs_digit",
            Self::NeedsNonAlphanumeric => "password.needs_non_alphanumeric",
            Self::TooSimple => "password.too_simple",
            Self::TooCommon => "password.too_common",
            Self::ContainsIdentifier => "password.contains_identifier",
        }
    }

    pub const ALL: [Self; 9] = [
        Self::TooShort,
        Self::TooLong,
        Self::NeedsLowercase,
        Self::NeedsUppercase,
        Self::NeedsDigit,
        Self::NeedsNonAlphanumeric,
        Self::TooSimple,
        Self::TooCommon,
        Self::ContainsIdentifier,
    ];
}

#[derive(Debug, Clone)]
pub struct PasswordPolicy {
    pub min_chars: usize,
    pub max_bytes: usize,
    pub three_of_four_classes: bool,
    pub require_lowercase: bool,
    pub require_uppercase: bool,
    pub require_digit: bool,
    pub require_non_alphanumeric: bool,
}

impl PasswordPolicy {
    /// Every rule `password` breaks, in a stable order; empty when it is acceptable.
    /// `identifiers` are the username and email it must not contain.
    pub fn check(&self, password: &str, identifiers: &[&str]) -> Vec<PasswordRule> {
        let mut broken = Vec::new();
        if password.chars().count() < self.min_chars {
            broken.push(PasswordRule::TooShort);
        }
        if password.len() > self.max_bytes {
            broken.push(PasswordRule::TooLong);
        }
        let lower = password.chars().any(char::is_lowercase);
        let upper = password.chars().any(char::is_uppercase);
        let digit = password.chars().any(|c| c.is_ascii_digit());
        let other = password.chars().any(|c| !c.is_alphanumeric());
        for (required, present, rule) in [
            (self.require_lowercase, lower, PasswordRule::NeedsLowercase),
            (self.require_uppercase, upper, PasswordRule::NeedsUppercase),
            (self.require_digit, digit, PasswordRule::NeedsDigit),
            (self.require_non_alphanumeric, other, PasswordRule::NeedsNonAlphanumeric),
        ] {
            if required && !present {
                broken.push(rule);
            }
        }
        let classes = [lower, upper, digit, other].into_iter().filter(|c| *c).count();
        if self.three_of_four_classes && classes < 3 {
            broken.push(PasswordRule::TooSimple);
        }
        let folded = password.to_lowercase();
        if COMMON.contains(folded.as_str()) {
            broken.push(PasswordRule::TooCommon);
        }
        let contains = identifiers.iter().any(|id| {
            // An email's local part is what people reuse.
            let id = id.split('@').next().unwrap_or_default().trim().to_lowercase();
            id.chars().count() >= MIN_IDENTIFIER_CHARS && folded.contains(&id)
        });
        if contains {
            broken.push(PasswordRule::ContainsIdentifier);
        }
        broken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn portal_defaults() -> PasswordPolicy {
        PasswordPolicy {
            min_chars: 8,
            max_bytes: 256,
            three_of_four_classes: true,
            require_lowercase: false,
            require_uppercase: false,
            require_digit: false,
            require_non_alphanumeric: false,
        }
    }

    #[test]
    fn a_strong_password_breaks_nothing() {
        assert!(portal_defaults().check("Tr0ub4dor&3x", &["alice"]).is_empty());
    }

    #[test]
    fn every_broken_rule_is_reported_at_once() {
        let policy = PasswordPolicy {
            require_digit: true,
            require_non_alphanumeric: true,
            ..portal_defaults()
        };
        assert_eq!(
            policy.check("qwerty", &[]),
            vec![
                PasswordRule::TooShort,
                PasswordRule::NeedsDigit,
                PasswordRule::NeedsNonAlphanumeric,
                PasswordRule::TooSimple,
                PasswordRule::TooCommon,
            ]
        );
    }

    #[test]
    fn three_classes_of_four_are_enough_without_explicit_requirements() {
        let policy = portal_defaults();
        assert!(policy.check("lowerUPPER", &[]).contains(&PasswordRule::TooSimple));
        assert!(policy.check("lowerUPPER7", &[]).is_empty());
        let relaxed = PasswordPolicy {
            three_of_four_classes: false,
            ..portal_defaults()
        };
        assert!(relaxed.check("lowercase only words", &[]).is_empty());
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        let relaxed = PasswordPolicy {
            three_of_four_classes: false,
            ..portal_defaults()
        };
        assert_eq!(relaxed.check("PASSWORD", &[]), vec![PasswordRule::TooCommon]);
        assert_eq!(relaxed.check("Password1", &[]), vec![PasswordRule::TooCommon]);
    }

    #[test]
    fn a_password_containing_the_username_or_email_name_is_refused() {
        let policy = portal_defaults();
        assert!(
            policy
                .check("My-Alice-2026!", &["alice"])
                .contains(&PasswordRule::ContainsIdentifier)
        );
        assert!(
            policy
                .check("x-Bobby.Tables-9", &["bobby.tables@example.com"])
                .contains(&PasswordRule::ContainsIdentifier)
        );
        assert!(
            !policy
                .check("Tr0ub4dor&3x", &["al"])
                .contains(&PasswordRule::ContainsIdentifier)
        );
    }

    #[test]
    fn length_counts_characters_and_the_limit_bytes() {
        let policy = portal_defaults();
        assert!(!policy.check("ééééÉÉ1!", &[]).contains(&PasswordRule::TooShort));
        assert!(policy.check(&"aB3!".repeat(100), &[]).contains(&PasswordRule::TooLong));
    }
}
