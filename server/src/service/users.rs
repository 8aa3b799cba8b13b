use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::{Email, IdentifierError, Username},
        password_policy::{PasswordPolicy, PasswordRule},
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
    let username = Username::parse(&input.username)?;
    let username = if state.settings.username.alphanumeric_only {
        username.require_alphanumeric()?
    } else {
        username
    };
    let email = input.email.as_deref().map(Email::parse).transpose()?;
    let identifiers: Vec<&str> = [Some(username.as_str()), email.as_ref().map(Email::as_str)]
        .into_iter()
        .flatten()
        .collect();
    let broken = password_policy(state).check(input.password.expose_secret(), &identifiers);
    if !broken.is_empty() {
        return Err(UserError::WeakPassword(broken));
    }
    let hash = state.hasher.hash(&input.password).await.map_err(InternalError::from)?;
    let tx = storage::begin(&state.db).await?;
    if storage::users::find_by_username(&tx, &username.normalized())
        .await?
        .is_some()
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
            username: Some(username.as_str().to_owned()),
            username_normalized: Some(username.normalized()),
            email_verified: email.is_some(),
            email_normalized: email.as_ref().map(Email::normalized),
            email: email.map(|e| e.as_str().to_owned()),
            name: input.name,
            password_hash: Some(hash),
            security_stamp: random_token(),
        },
    )
    .await?;
    storage::commit(tx).await?;
    Ok(user.id)
}
