use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::random_token,
    domain::identifier::{Email, IdentifierError, Username},
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
    #[error("the password is empty or longer than {0} bytes")]
    InvalidPassword(usize),
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
            Self::InvalidPassword(_) => "user.invalid_password",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<storage::StorageError> for UserError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
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
    let max = state.settings.password_hashing.max_password_bytes;
    let password_len = input.password.expose_secret().len();
    if password_len == 0 || password_len > max {
        return Err(UserError::InvalidPassword(max));
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
