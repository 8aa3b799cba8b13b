//! The profile section: what the account is, and the fields its owner may change.

use chrono::{DateTime, Utc};

use super::{AccountError, Caller, Result, editable};
use crate::{
    domain::user::User,
    service::users::{self, UserError},
    state::AppState,
    storage::{self, users::UsernameSet},
};

/// What may be changed now.
#[derive(Debug, Clone)]
pub struct Changeable {
    pub name: bool,
    pub locale: bool,
    /// Only while the account has none.
    pub username: bool,
    pub email: bool,
    pub password: bool,
    pub delete: bool,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub id: String,
    pub username: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub email_verified: bool,
    pub locale: Option<String>,
    pub created_at: DateTime<Utc>,
    pub has_password: bool,
    pub can_change: Changeable,
}

pub fn of(state: &AppState, user: &User) -> Profile {
    let account = &state.settings.account;
    Profile {
        id: user.id.clone(),
        username: user.username.clone(),
        name: user.name.clone(),
        email: user.email.clone(),
        email_verified: user.email_verified,
        locale: user.locale.clone(),
        created_at: user.created_at,
        has_password: user.password_hash.is_some(),
        can_change: Changeable {
            name: account.may_edit("name"),
            locale: account.may_edit("locale"),
            username: account.may_edit("username") && user.username.is_none(),
            email: account.may_edit("email"),
            password: account.may_edit("password"),
            delete: account.allow_delete,
        },
    }
}

/// `GET /api/my-account`.
pub fn view(state: &AppState, caller: &Caller) -> Profile {
    of(state, &caller.user)
}

/// A change that may also clear: `None` leaves the field, `Some(None)` clears it.
pub type Patch = Option<Option<String>>;

/// Printable and at most 128 characters; blank is cleared.
pub(crate) fn checked_name(name: Option<String>) -> Result<Option<String>> {
    let Some(name) = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    if name.chars().count() > 128 || name.chars().any(char::is_control) {
        return Err(AccountError::InvalidName);
    }
    Ok(Some(name))
}

/// A BCP 47 tag as browsers send them: `fr`, `en-GB`, `zh-Hant-TW`.
pub(crate) fn checked_locale(locale: Option<String>) -> Result<Option<String>> {
    let Some(locale) = locale.filter(|l| !l.is_empty()) else {
        return Ok(None);
    };
    let mut parts = locale.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok = (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if primary_ok && rest_ok && locale.len() <= 35 {
        Ok(Some(locale))
    } else {
        Err(AccountError::InvalidLocale)
    }
}

/// `PATCH /api/my-account`.
pub async fn update(state: &AppState, caller: &Caller, name: Patch, locale: Patch) -> Result<Profile> {
    if name.is_some() {
        editable(state, "name")?;
    }
    if locale.is_some() {
        editable(state, "locale")?;
    }
    let name = name.map(checked_name).transpose()?;
    let locale = locale.map(checked_locale).transpose()?;
    storage::users::update_profile(
        &state.db,
        &caller.user.id,
        name.as_ref().map(Option::as_deref),
        locale.as_ref().map(Option::as_deref),
    )
    .await?;
    reload(state, caller).await
}

/// `POST /api/my-account/username`: once, for an account that has none.
pub async fn set_username(state: &AppState, caller: &Caller, username: &str) -> Result<Profile> {
    editable(state, "username")?;
    if caller.user.username.is_some() {
        return Err(AccountError::UsernameAlreadySet);
    }
    let username = users::checked_username(state, username)?;
    let set = storage::users::set_username_once(
        &state.db,
        &caller.user.id,
        username.as_str(),
        username.normalized(),
        &username.skeleton(),
    )
    .await?;
    match set {
        UsernameSet::Set => reload(state, caller).await,
        UsernameSet::AlreadySet => Err(AccountError::UsernameAlreadySet),
        UsernameSet::Taken => Err(UserError::UsernameTaken.into()),
    }
}

pub async fn reload(state: &AppState, caller: &Caller) -> Result<Profile> {
    let user = storage::users::find(&state.db, &caller.user.id)
        .await?
        .ok_or(AccountError::InvalidToken)?;
    Ok(of(state, &user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_are_language_tags() {
        for good in ["fr", "en-GB", "zh-Hant-TW", "de-CH-1996"] {
            assert_eq!(checked_locale(Some(good.into())).unwrap().as_deref(), Some(good));
        }
        for bad in ["f", "en_GB", "fr-", "<script>", "en-GB-toolongsubtag", "1a"] {
            assert!(checked_locale(Some(bad.into())).is_err(), "{bad}");
        }
        assert_eq!(checked_locale(Some(String::new())).unwrap(), None);
    }

    #[test]
    fn names_are_printable_and_trimmed() {
        assert_eq!(checked_name(Some("  Ada  ".into())).unwrap().as_deref(), Some("Ada"));
        assert_eq!(checked_name(Some("   ".into())).unwrap(), None);
        assert!(checked_name(Some("a\u{0007}b".into())).is_err());
        assert!(checked_name(Some("x".repeat(129))).is_err());
    }
}
