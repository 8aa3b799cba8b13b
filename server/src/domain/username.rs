//! Usernames, prepared as RFC 8265's UsernameCaseMapped profile prepares them and held to
//! UTS #39, so that two names a reader cannot tell apart are one name.
//!
//! Every name typed, at registration and at sign-in, is prepared the same way: NFKC (which
//! includes the width mapping, `ａｌｉｃｅ` → `alice`, and maps compatibility characters,
//! `ﬁ` → `fi`, where RFC 8265 would refuse them); the result keeps its case and is the name
//! shown. Its full Unicode lowercase, normalised again, is the name matched at sign-in and
//! unique among accounts. A new name is also refused when it holds invisible characters or code
//! points Unicode has not assigned, or mixes scripts; and its skeleton must be unique, so that a
//! whole-script look-alike (all-Cyrillic `аӏісе`) cannot sit beside `alice`.

use unicode_normalization::UnicodeNormalization;
use unicode_script::Script;
use unicode_security::{MixedScript, mixed_script::AugmentedScriptSet};

use super::identifier::IdentifierError;

pub const MAX_CHARS: usize = 64;

/// Characters that show as nothing, or only change how their neighbours show:
/// Default_Ignorable_Code_Point (DerivedCoreProperties.txt, which reserves its future ranges)
/// with the other format characters (General_Category Cf), and the blank Braille pattern, a
/// well-known way to write an empty-looking name.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{2800}', '\u{2800}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

fn is_invisible(c: char) -> bool {
    INVISIBLE.iter().any(|&(first, last)| (first..=last).contains(&c))
}

/// Unassigned code points, private use and noncharacters belong to no script; every assigned
/// character belongs to one at least (Common for digits and punctuation).
fn is_unassigned(c: char) -> bool {
    AugmentedScriptSet::for_char(c).is_empty()
}

/// UTS #39 "highly restrictive": one script, where Common and Inherited characters (digits,
/// `_`, `.`, `-`, combining marks) go with any and Han goes with Hiragana and Katakana, with
/// Bopomofo or with Hangul; or one of those three writing systems with Latin.
fn one_writing_system(name: &str) -> bool {
    if name.is_single_script() {
        return true;
    }
    let mut without_latin = AugmentedScriptSet::default();
    for c in name.chars() {
        let set = AugmentedScriptSet::for_char(c);
        if !set.base.contains_script(Script::Latin) {
            without_latin.intersect_with(set);
        }
    }
    without_latin.jpan || without_latin.hanb || without_latin.kore
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username {
    shown: String,
    normalized: String,
}

impl Username {
    /// A name for a new account: prepared, and refused if it could pass for another.
    pub fn parse(raw: &str) -> Result<Self, IdentifierError> {
        let name = Self::parse_for_sign_in(raw)?;
        let chars = || name.normalized.chars();
        if chars().any(is_invisible) {
            return Err(IdentifierError::InvisibleCharacters);
        }
        if chars().any(is_unassigned) {
            return Err(IdentifierError::InvalidUsername);
        }
        if !one_writing_system(&name.normalized) {
            return Err(IdentifierError::MixedScript);
        }
        Ok(name)
    }

    /// A name typed to sign in: prepared as a new one is, and not judged further. A name
    /// refused since its account was created still signs in; one nobody holds finds nobody,
    /// which is the answer any unknown name gets.
    pub fn parse_for_sign_in(raw: &str) -> Result<Self, IdentifierError> {
        let raw = raw.trim();
        // Bounded before normalising, which can lengthen a string 18-fold.
        if raw.is_empty() || raw.chars().count() > MAX_CHARS {
            return Err(IdentifierError::InvalidUsername);
        }
        let shown: String = raw.nfkc().collect();
        if shown.chars().count() > MAX_CHARS
            || shown.chars().any(|c| c.is_whitespace() || c.is_control())
            || shown.contains('@')
        {
            return Err(IdentifierError::InvalidUsername);
        }
        let normalized = shown.to_lowercase().nfkc().collect();
        Ok(Self { shown, normalized })
    }

    /// The stricter rule of `username.alphanumeric_only`.
    pub fn require_alphanumeric(self) -> Result<Self, IdentifierError> {
        if self.shown.chars().all(char::is_alphanumeric) {
            Ok(self)
        } else {
            Err(IdentifierError::NotAlphanumeric)
        }
    }

    /// The name as shown: with its case, after width and compatibility mapping.
    pub fn as_str(&self) -> &str {
        &self.shown
    }

    /// The name as matched: one account per normalised name.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The UTS #39 skeleton of the normalised name, lowercased: one account per skeleton too.
    /// Lowercased because names are matched without case but shown with it, and the confusable
    /// data is case-sensitive (`0` maps to `O`).
    pub fn skeleton(&self) -> String {
        unicode_security::skeleton(&self.normalized)
            .collect::<String>()
            .to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(raw: &str) -> String {
        Username::parse(raw).unwrap().normalized().to_owned()
    }

    #[test]
    fn names_are_trimmed_and_matched_without_case() {
        let name = Username::parse("  Alice ").unwrap();
        assert_eq!(name.as_str(), "Alice");
        assert_eq!(name.normalized(), "alice");
        assert_eq!(normalized("ΣΟΦΙΑ"), "σοφια");
        assert_eq!(normalized("STRASSE"), "strasse");
        assert!(Username::parse("").is_err());
        assert!(Username::parse("a b").is_err());
        assert!(Username::parse("a@b").is_err());
        assert!(Username::parse(&"x".repeat(65)).is_err());
        assert!(Username::parse("bob.smith").unwrap().require_alphanumeric().is_err());
    }

    #[test]
    fn width_and_compatibility_forms_are_the_plain_name() {
        let wide = Username::parse("ＡＬＩＣＥ").unwrap();
        assert_eq!(wide.as_str(), "ALICE");
        assert_eq!(wide.normalized(), "alice");
        assert_eq!(normalized("ﬁsh"), "fish");
        assert_eq!(normalized("Ⅻ"), "xii");
        assert_eq!(normalized("ｶﾀｶﾅ"), "カタカナ");
        // A composed and a decomposed accent are one name.
        assert_eq!(normalized("cafe\u{301}"), normalized("café"));
        // A full-width @ is still an @.
        assert_eq!(Username::parse("a＠b"), Err(IdentifierError::InvalidUsername));
        // Expansion past the limit is caught after normalising.
        assert!(Username::parse(&"ﬀ".repeat(40)).is_err());
    }

    #[test]
    fn preparing_a_prepared_name_changes_nothing() {
        for raw in ["İstanbul", "ＡＬＩＣＥ", "ǅemal", "ﬁsh", "Ωmega", "ᾼ"] {
            let once = Username::parse_for_sign_in(raw).unwrap();
            let twice = Username::parse_for_sign_in(once.normalized()).unwrap();
            assert_eq!(once.normalized(), twice.normalized(), "{raw}");
        }
    }

    #[test]
    fn names_in_one_writing_system_are_accepted() {
        for raw in [
            "bob_smith.1-2",
            "αθηνα",
            "Дмитрий",
            "やまだ太郎",
            "ヤマダ",
            "김철수",
            "taro太郎",
            "محمد",
            "😀",
            "o'brien",
        ] {
            assert!(Username::parse(raw).is_ok(), "{raw}");
        }
    }

    #[test]
    fn mixed_scripts_are_refused() {
        // Cyrillic а (U+0430) among Latin letters; Greek ο among Latin; Latin with Cyrillic.
        for raw in ["аlice", "bοb", "paypaІ", "ивanов", "bob٣"] {
            assert_eq!(Username::parse(raw), Err(IdentifierError::MixedScript), "{raw}");
        }
    }

    #[test]
    fn invisible_characters_are_refused() {
        for raw in [
            "alice\u{200B}",
            "al\u{200D}ice",
            "\u{202E}ecila",
            "alice\u{2066}",
            "ali\u{00AD}ce",
            "\u{FEFF}alice",
            "alice\u{2060}",
            "alice\u{E0041}",
            "\u{2800}",
            "\u{3164}",
        ] {
            assert_eq!(
                Username::parse(raw),
                Err(IdentifierError::InvisibleCharacters),
                "{raw:?}"
            );
        }
        // At sign-in they are only looked up, and match no new account.
        assert_eq!(
            Username::parse_for_sign_in("alice\u{200B}").unwrap().normalized(),
            "alice\u{200B}"
        );
    }

    #[test]
    fn unassigned_and_private_use_code_points_are_refused() {
        for raw in ["a\u{0378}", "a\u{E000}", "a\u{FDD0}"] {
            assert_eq!(Username::parse(raw), Err(IdentifierError::InvalidUsername), "{raw:?}");
        }
    }

    #[test]
    fn look_alikes_share_a_skeleton() {
        let skeleton = |raw: &str| Username::parse(raw).unwrap().skeleton();
        // All-Cyrillic а, ӏ, і, с, е.
        assert_eq!(skeleton("аӏісе"), skeleton("alice"));
        assert_eq!(skeleton("ѕсоре"), skeleton("scope"));
        assert_eq!(skeleton("b0b"), skeleton("BOB"));
        assert_eq!(skeleton("rnodern"), skeleton("modern"));
        assert_ne!(skeleton("alice"), skeleton("alicia"));
    }
}
