//! Messages of the account center: notices of changes the owner should know about, sent to the
//! address that may no longer be theirs to use for signing in.

use super::templates::{Lang, Mail};

fn mail(kind: &'static str, lang: Lang, (subject, body): (&str, String)) -> Mail {
    Mail {
        kind,
        lang,
        subject: subject.to_owned(),
        body,
    }
}

/// To the old address once the new one is confirmed.
pub fn email_changed(lang: Lang, new_email: &str) -> Mail {
    let text = match lang {
        Lang::En => (
            "The email address of your account was changed",
            format!(
                "The email address of your account is now {new_email}. Messages about your account go there from now on.\n\nIf you did not make this change, someone else may be using your account: reset your password and contact the administrator.\n"
            ),
        ),
        Lang::Fr => (
            "L'adresse électronique de votre compte a changé",
            format!(
                "L'adresse électronique de votre compte est désormais {new_email}. Les messages concernant votre compte y seront envoyés.\n\nSi vous n'êtes pas à l'origine de ce changement, quelqu'un d'autre utilise peut-être votre compte : réinitialisez votre mot de passe et contactez l'administrateur.\n"
            ),
        ),
    };
    mail("email_changed", lang, text)
}

pub fn password_changed(lang: Lang) -> Mail {
    let text = match lang {
        Lang::En => (
            "Your password was changed",
            "The password of your account was changed, and your other sessions were signed out.\n\nIf you did not make this change, reset your password now and contact the administrator.\n".to_owned(),
        ),
        Lang::Fr => (
            "Votre mot de passe a changé",
            "Le mot de passe de votre compte a été changé et vos autres sessions ont été fermées.\n\nSi vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe maintenant et contactez l'administrateur.\n".to_owned(),
        ),
    };
    mail("password_changed", lang, text)
}

pub fn account_deleted(lang: Lang) -> Mail {
    let text = match lang {
        Lang::En => (
            "Your account was deleted",
            "Your account and the personal data it held were deleted at your request. You are signed out everywhere.\n".to_owned(),
        ),
        Lang::Fr => (
            "Votre compte a été supprimé",
            "Votre compte et les données personnelles qu'il contenait ont été supprimés à votre demande. Vous êtes déconnecté partout.\n".to_owned(),
        ),
    };
    mail("account_deleted", lang, text)
}

/// An administrator asked for a new password: the user is signed out everywhere and sets one
/// through the sign-in page's "Forgot password?".
pub fn new_password_required(lang: Lang) -> Mail {
    let text = match lang {
        Lang::En => (
            "Choose a new password",
            "An administrator requires a new password for your account, and you were signed out everywhere.\n\nOn the sign-in page, choose \u{201c}Forgot password?\u{201d}: a code sent to this address lets you choose a new password.\n".to_owned(),
        ),
        Lang::Fr => (
            "Choisissez un nouveau mot de passe",
            "Un administrateur exige un nouveau mot de passe pour votre compte, et vous avez été déconnecté partout.\n\nSur la page de connexion, choisissez \u{ab}\u{a0}Mot de passe oublié ?\u{a0}\u{bb} : un code envoyé à cette adresse vous permet d'en choisir un nouveau.\n".to_owned(),
        ),
    };
    mail("new_password_required", lang, text)
}

/// A change to the account's second factors, for [`two_factor_changed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwoFactorChange {
    AppAdded,
    AppRemoved,
    EmailCodesOn,
    EmailCodesOff,
    BackupCodesReplaced,
}

pub fn two_factor_changed(lang: Lang, change: TwoFactorChange) -> Mail {
    use TwoFactorChange::*;
    let (subject, what) = match (lang, change) {
        (Lang::En, AppAdded) => (
            "An authenticator app was added to your account",
            "An authenticator app now gives the second step of your sign-ins.",
        ),
        (Lang::En, AppRemoved) => (
            "The authenticator app was removed from your account",
            "The authenticator app no longer signs you in.",
        ),
        (Lang::En, EmailCodesOn) => (
            "Sign-in codes by email were turned on",
            "A code sent to this address can now give the second step of your sign-ins.",
        ),
        (Lang::En, EmailCodesOff) => (
            "Sign-in codes by email were turned off",
            "Codes sent to this address no longer sign you in.",
        ),
        (Lang::En, BackupCodesReplaced) => (
            "Your backup codes were replaced",
            "New backup codes were made for your account; the old ones no longer work.",
        ),
        (Lang::Fr, AppAdded) => (
            "Une application d'authentification a été ajoutée à votre compte",
            "Une application d'authentification donne désormais la seconde étape de vos connexions.",
        ),
        (Lang::Fr, AppRemoved) => (
            "L'application d'authentification a été retirée de votre compte",
            "L'application d'authentification ne vous connecte plus.",
        ),
        (Lang::Fr, EmailCodesOn) => (
            "Les codes de connexion par courriel ont été activés",
            "Un code envoyé à cette adresse peut désormais donner la seconde étape de vos connexions.",
        ),
        (Lang::Fr, EmailCodesOff) => (
            "Les codes de connexion par courriel ont été désactivés",
            "Les codes envoyés à cette adresse ne vous connectent plus.",
        ),
        (Lang::Fr, BackupCodesReplaced) => (
            "Vos codes de secours ont été remplacés",
            "De nouveaux codes de secours ont été créés pour votre compte ; les anciens ne fonctionnent plus.",
        ),
    };
    let body = match lang {
        Lang::En => format!(
            "{what} Your other sessions were signed out.\n\nIf you did not make this change, reset your password now and contact the administrator.\n"
        ),
        Lang::Fr => format!(
            "{what} Vos autres sessions ont été fermées.\n\nSi vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe maintenant et contactez l'administrateur.\n"
        ),
    };
    mail("two_factor_changed", lang, (subject, body))
}

/// A change to the account's external identities, for [`identity_changed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityChange {
    Linked,
    Unlinked,
}

/// `provider` is the provider's display name.
pub fn identity_changed(lang: Lang, change: IdentityChange, provider: &str) -> Mail {
    use IdentityChange::*;
    let text = match (lang, change) {
        (Lang::En, Linked) => (
            "An external account was linked to your account",
            format!(
                "Your {provider} account can now sign you in. Your other sessions were signed out.\n\nIf you did not make this change, someone else may be using your account: unlink it, reset your password and contact the administrator.\n"
            ),
        ),
        (Lang::En, Unlinked) => (
            "An external account was unlinked from your account",
            format!(
                "Your {provider} account no longer signs you in. Your other sessions were signed out.\n\nIf you did not make this change, reset your password now and contact the administrator.\n"
            ),
        ),
        (Lang::Fr, Linked) => (
            "Un compte externe a été associé à votre compte",
            format!(
                "Votre compte {provider} peut désormais vous connecter. Vos autres sessions ont été fermées.\n\nSi vous n'êtes pas à l'origine de ce changement, quelqu'un d'autre utilise peut-être votre compte : dissociez-le, réinitialisez votre mot de passe et contactez l'administrateur.\n"
            ),
        ),
        (Lang::Fr, Unlinked) => (
            "Un compte externe a été dissocié de votre compte",
            format!(
                "Votre compte {provider} ne vous connecte plus. Vos autres sessions ont été fermées.\n\nSi vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe maintenant et contactez l'administrateur.\n"
            ),
        ),
    };
    mail("identity_changed", lang, text)
}
