//! The messages Gatehouse sends, in English and French. Written as plain text, which every
//! client shows; the HTML part beside it is made from the same text (`email::html`).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// The first supported language of a list of tags (`ui_locales`, `Accept-Language`,
    /// a user's locale), most preferred first; English otherwise.
    pub fn pick<'a>(tags: impl IntoIterator<Item = &'a str>) -> Self {
        for tag in tags {
            let primary = tag
                .trim()
                .split([';', '-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "fr" => return Self::Fr,
                "en" => return Self::En,
                _ => {}
            }
        }
        Self::En
    }

    /// Splits `ui_locales` (spaces) or `Accept-Language` (commas) into tags.
    pub fn pick_from_lists<'a>(lists: impl IntoIterator<Item = Option<&'a str>>) -> Self {
        Self::pick(lists.into_iter().flatten().flat_map(|l| l.split([' ', ','])))
    }

    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }
}

/// A message ready to send.
#[derive(Debug, Clone)]
pub struct Mail {
    /// For logs: which template.
    pub kind: &'static str,
    pub lang: Lang,
    pub subject: String,
    pub body: String,
}

const MINUTES: u32 = 10;

/// A code that confirms an address (registration, or adding an email to a new account).
pub fn verification_code(lang: Lang, code: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "Your verification code".to_owned(),
            format!(
                "Your verification code is:\n\n{code}\n\nIt is valid for {MINUTES} minutes. If you did not ask for it, you can ignore this message.\n"
            ),
        ),
        Lang::Fr => (
            "Votre code de vérification".to_owned(),
            format!(
                "Votre code de vérification est :\n\n{code}\n\nIl est valable {MINUTES} minutes. Si vous ne l'avez pas demandé, ignorez ce message.\n"
            ),
        ),
    };
    Mail {
        kind: "verification_code",
        lang,
        subject,
        body,
    }
}

/// The second factor of a sign-in: whoever asks for it has the account's password, so the
/// owner is told what to do if it was not them.
pub fn sign_in_code(lang: Lang, code: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "Your sign-in code".to_owned(),
            format!(
                "Your sign-in code is:\n\n{code}\n\nIt is valid for {MINUTES} minutes. If you are not signing in, someone knows your password: change it now.\n"
            ),
        ),
        Lang::Fr => (
            "Votre code de connexion".to_owned(),
            format!(
                "Votre code de connexion est :\n\n{code}\n\nIl est valable {MINUTES} minutes. Si vous n'êtes pas en train de vous connecter, quelqu'un connaît votre mot de passe : changez-le maintenant.\n"
            ),
        ),
    };
    Mail {
        kind: "sign_in_code",
        lang,
        subject,
        body,
    }
}

/// A sign-in by code alone (`sign_in.email_code`): whoever asks knows only the address, so
/// the owner is told they may ignore it; nothing here says the password is known.
pub fn passwordless_code(lang: Lang, code: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "Your sign-in code".to_owned(),
            format!(
                "Your sign-in code is:\n\n{code}\n\nIt is valid for {MINUTES} minutes. If you did not ask to sign in, you can ignore this message: nobody can sign in without this code.\n"
            ),
        ),
        Lang::Fr => (
            "Votre code de connexion".to_owned(),
            format!(
                "Votre code de connexion est :\n\n{code}\n\nIl est valable {MINUTES} minutes. Si vous n'avez pas demandé à vous connecter, ignorez ce message : personne ne peut se connecter sans ce code.\n"
            ),
        ),
    };
    Mail {
        kind: "passwordless_code",
        lang,
        subject,
        body,
    }
}

/// Someone tried to register with an address that has an account: its owner hears of it (and
/// gets the code), the person registering learns nothing.
pub fn registration_attempt(lang: Lang, code: &str, sign_in_url: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "Someone tried to register with your address".to_owned(),
            format!(
                "Someone tried to create an account with this email address, which already has one.\n\nIf it was you, you can sign in instead: {sign_in_url}\nThe code asked for is:\n\n{code}\n\nIt is valid for {MINUTES} minutes. If it was not you, ignore this message: nothing has changed.\n"
            ),
        ),
        Lang::Fr => (
            "Quelqu'un a tenté de s'inscrire avec votre adresse".to_owned(),
            format!(
                "Quelqu'un a tenté de créer un compte avec cette adresse, qui en a déjà un.\n\nSi c'était vous, connectez-vous plutôt : {sign_in_url}\nLe code demandé est :\n\n{code}\n\nIl est valable {MINUTES} minutes. Si ce n'était pas vous, ignorez ce message : rien n'a changé.\n"
            ),
        ),
    };
    Mail {
        kind: "registration_attempt",
        lang,
        subject,
        body,
    }
}

pub fn password_reset(lang: Lang, code: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "Reset your password".to_owned(),
            format!(
                "Someone asked to reset the password of the account with this address. The code is:\n\n{code}\n\nIt is valid for {MINUTES} minutes. If it was not you, ignore this message: your password has not changed.\n"
            ),
        ),
        Lang::Fr => (
            "Réinitialisez votre mot de passe".to_owned(),
            format!(
                "Quelqu'un a demandé à réinitialiser le mot de passe du compte de cette adresse. Le code est :\n\n{code}\n\nIl est valable {MINUTES} minutes. Si ce n'était pas vous, ignorez ce message : votre mot de passe n'a pas changé.\n"
            ),
        ),
    };
    Mail {
        kind: "password_reset",
        lang,
        subject,
        body,
    }
}

pub fn invitation(lang: Lang, name: Option<&str>, link: &str, expires: &str) -> Mail {
    let (subject, body) = match lang {
        Lang::En => (
            "You are invited to create an account".to_owned(),
            format!(
                "Hello{},\n\nYou are invited to create an account. Follow this link to choose your password:\n\n{link}\n\nThe invitation can be used once, until {expires}.\n",
                name.map(|n| format!(" {n}")).unwrap_or_default()
            ),
        ),
        Lang::Fr => (
            "Vous êtes invité à créer un compte".to_owned(),
            format!(
                "Bonjour{},\n\nVous êtes invité à créer un compte. Suivez ce lien pour choisir votre mot de passe :\n\n{link}\n\nL'invitation ne sert qu'une fois, jusqu'au {expires}.\n",
                name.map(|n| format!(" {n}")).unwrap_or_default()
            ),
        ),
    };
    Mail {
        kind: "invitation",
        lang,
        subject,
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_first_supported_language() {
        assert_eq!(Lang::pick_from_lists([Some("de fr-CA en")]), Lang::Fr);
        assert_eq!(Lang::pick_from_lists([None, Some("fr-FR,fr;q=0.9,en;q=0.8")]), Lang::Fr);
        assert_eq!(Lang::pick_from_lists([Some("de"), None]), Lang::En);
        assert_eq!(Lang::pick_from_lists([Some("en-GB"), Some("fr")]), Lang::En);
    }

    #[test]
    fn every_template_carries_its_code_or_link_in_both_languages() {
        for lang in [Lang::En, Lang::Fr] {
            assert!(verification_code(lang, "123456").body.contains("\n123456\n"));
            assert!(
                registration_attempt(lang, "123456", "https://x/sign-in")
                    .body
                    .contains("\n123456\n")
            );
            assert!(password_reset(lang, "654321").body.contains("\n654321\n"));
            assert!(
                invitation(lang, Some("Ann"), "https://x/register?invitation=abc", "2026-12-01")
                    .body
                    .contains("https://x/register?invitation=abc")
            );
        }
    }
}
