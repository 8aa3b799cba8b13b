use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::{Email, IdentifierError, Username},
        password_policy::{PasswordPolicy, PasswordRule},
        user::User,
    },
    service::InternalError,
    state::AppState,
    storage::{self, users::NewUser},
};

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error(transparent)]
    InvalidIdentifier(#[from] IdentifierError),
    #[error("the username is taken")]
    UsernameTaken,
    #[error("the email address is already used by another account")]
    EmailTaken,
    #[error("the password breaks the password policy: {}", rule_codes(.0))]
    WeakPassword(Vec<PasswordRule>),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl UserError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidIdentifier(IdentifierError::InvalidEmail) => "user.invalid_email",
            Self::InvalidIdentifier(IdentifierError::InvisibleCharacters) => "user.username_invisible_characters",
            Self::InvalidIdentifier(IdentifierError::MixedScript) => "user.username_mixed_script",
            Self::InvalidIdentifier(_) => "user.invalid_username",
            Self::UsernameTaken => "user.username_taken",
            Self::EmailTaken => "user.email_taken",
            Self::WeakPassword(_) => "user.weak_password",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<storage::StorageError> for UserError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

fn rule_codes(rules: &[PasswordRule]) -> String {
    rules.iter().map(|r| r.code()).collect::<Vec<_>>().join(", ")
}

/// The policy of `password.*`, with the hashing limit on length.
pub fn password_policy(state: &AppState) -> PasswordPolicy {
    let p = &state.settings.password;
    PasswordPolicy {
        min_chars: p.min_length as usize,
        max_bytes: state.settings.password_hashing.max_password_bytes,
        three_of_four_classes: p.enforce_policy,
        require_lowercase: p.require_lowercase,
        require_uppercase: p.require_uppercase,
        require_digit: p.require_digit,
        require_non_alphanumeric: p.require_non_alphanumeric,
    }
}

pub struct CreateUser {
    pub username: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub password: SecretString,
}

/// Creates a user whose email is taken as confirmed: an administrator vouches for it.
pub async fn create(state: &AppState, input: CreateUser) -> Result<String, UserError> {
    let user = create_account(
        state,
        NewAccount {
            username: Some(input.username),
            email: input.email,
            name: input.name,
            locale: None,
            password: Some(input.password),
            email_verified: true,
        },
    )
    .await?;
    Ok(user.id)
}

/// A username as given, under `username.alphanumeric_only` when it is on: the one check of
/// every way a username is chosen.
pub fn checked_username(state: &AppState, raw: &str) -> Result<Username, UserError> {
    let username = Username::parse(raw)?;
    Ok(if state.settings.username.alphanumeric_only {
        username.require_alphanumeric()?
    } else {
        username
    })
}

/// An account an administrator makes: at least one identifier (the caller checks), a password
/// or none (it then signs in by a linked identity or after a password reset). Name and locale
/// come checked.
pub struct NewAccount {
    pub username: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub password: Option<SecretString>,
    /// Whether the address counts as confirmed.
    pub email_verified: bool,
}

pub async fn create_account(state: &AppState, input: NewAccount) -> Result<User, UserError> {
    let username = input
        .username
        .as_deref()
        .map(|u| checked_username(state, u))
        .transpose()?;
    let email = input.email.as_deref().map(Email::parse).transpose()?;
    let identifiers: Vec<&str> = [
        username.as_ref().map(Username::as_str),
        email.as_ref().map(Email::as_str),
    ]
    .into_iter()
    .flatten()
    .collect();
    let hash = match &input.password {
        Some(password) => {
            let broken = password_policy(state).check(password.expose_secret(), &identifiers);
            if !broken.is_empty() {
                return Err(UserError::WeakPassword(broken));
            }
            Some(state.hasher.hash(password).await.map_err(InternalError::from)?)
        }
        None => None,
    };
    let tx = storage::begin(&state.db).await?;
    let skeleton = username.as_ref().map(Username::skeleton);
    if let (Some(username), Some(skeleton)) = (&username, &skeleton)
        && storage::users::username_taken(&tx, username.normalized(), skeleton).await?
    {
        return Err(UserError::UsernameTaken);
    }
    if let Some(email) = &email
        && state.settings.email.require_unique
        && !storage::users::find_by_email(&tx, &email.normalized())
            .await?
            .is_empty()
    {
        return Err(UserError::EmailTaken);
    }
    let user = storage::users::insert(
        &tx,
        NewUser {
            id: None,
            username: username.as_ref().map(|u| u.as_str().to_owned()),
            username_normalized: username.as_ref().map(|u| u.normalized().to_owned()),
            username_skeleton: skeleton,
            email_verified: email.is_some() && input.email_verified,
            email_normalized: email.as_ref().map(Email::normalized),
            email: email.map(|e| e.as_str().to_owned()),
            name: input.name,
            password_hash: hash,
            security_stamp: random_token(),
        },
    )
    .await?
    .ok_or(UserError::UsernameTaken)?;
    if input.locale.is_some() {
        storage::users::update_profile(&tx, &user.id, None, Some(input.locale.as_deref())).await?;
    }
    storage::commit(tx).await?;
    Ok(User {
        locale: input.locale,
        ..user
    })
}

/// Rows per page of `prepare_stored_usernames`.
const PREPARE_PAGE: u64 = 500;

/// Gives the usernames stored before look-alike checks existed their normalised form and
/// skeleton of today. Runs at every start, before serving, and costs one query once done (the
/// schema migration cannot do it: the migrations crate does not share the server's Unicode
/// code, and a second copy of it would drift). Oldest first, so that of two accounts whose
/// names look alike the older keeps the name; the newer is left without a skeleton and logged
/// at every start until an administrator renames one of them.
pub async fn prepare_stored_usernames(db: &storage::Db) -> Result<(), storage::StorageError> {
    let mut after = None;
    loop {
        let page = storage::users::without_skeleton(db, after, PREPARE_PAGE).await?;
        after = page.last().map(|row| (row.created_at, row.id.clone()));
        for row in &page {
            let Ok(name) = Username::parse_for_sign_in(&row.username) else {
                tracing::warn!(user_id = %row.id, "stored username cannot be normalised: left as it was");
                continue;
            };
            if storage::users::set_username_keys(db, &row.id, name.normalized(), Some(&name.skeleton())).await? {
                continue;
            }
            // Only the skeleton may be held by another account: the name itself then still
            // signs in.
            let signs_in = storage::users::set_username_keys(db, &row.id, name.normalized(), None).await?;
            tracing::warn!(
                user_id = %row.id,
                signs_in,
                "username looks like an older account's: rename one of them"
            );
        }
        if page.len() < PREPARE_PAGE as usize {
            return Ok(());
        }
    }
}

/// A page of accounts, oldest first (`gatehouse user list`).
pub async fn list(db: &storage::Db, offset: u64, limit: u64) -> Result<Vec<storage::users::Listed>, InternalError> {
    Ok(storage::users::list(db, offset, limit).await?)
}
