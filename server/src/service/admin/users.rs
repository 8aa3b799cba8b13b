//! Accounts as an administrator manages them (`/api/admin/users`). The checks are those of the
//! other ways in: `users` for identifiers and passwords, the account center's for names and
//! languages, `accounts` for what the CLI does to an account.

use chrono::Utc;
use secrecy::SecretString;
use serde_json::json;

use super::AdminCaller;

use crate::{
    domain::{identifier::Email, user::User},
    email::{Lang, account_templates},
    service::{
        InternalError,
        account::profile::{checked_locale, checked_name},
        accounts::{self, AccountError},
        invitations::{self, CreatedInvitation, InvitationError, NewInvitation},
        users::{self, NewAccount, UserError},
    },
    state::AppState,
    storage::{self, identities::LinkedIdentity, page::Position, users::UsernameSet},
};

#[derive(Debug, thiserror::Error)]
pub enum UserAdminError {
    #[error("no account has this id")]
    NotFound,
    #[error("the account is disabled already")]
    AlreadyDisabled,
    #[error("the account is not disabled")]
    NotDisabled,
    #[error("the account has no email address")]
    NoEmail,
    #[error("an account needs a username or an email address (an invitation, the address)")]
    IdentifierRequired,
    #[error("no linked identity of this account has this id")]
    IdentityNotFound,
    #[error("the account has a username already; it is never changed")]
    UsernameAlreadySet,
    #[error("the name has control characters or is too long")]
    InvalidName,
    #[error("not a language tag")]
    InvalidLocale,
    #[error("an invitation takes no username nor password: the invitee chooses them")]
    InvitationWithCredentials,
    #[error(transparent)]
    User(#[from] UserError),
    #[error(transparent)]
    Invitation(#[from] InvitationError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<storage::StorageError> for UserAdminError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

impl From<AccountError> for UserAdminError {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::NotFound | AccountError::NotFoundBy(_) | AccountError::SharedEmail => Self::NotFound,
            AccountError::AlreadyDisabled => Self::AlreadyDisabled,
            AccountError::NotDisabled => Self::NotDisabled,
            AccountError::Internal(e) => Self::Internal(e),
        }
    }
}

type Result<T, E = UserAdminError> = std::result::Result<T, E>;

/// An account with how it signs in.
pub struct UserDetail {
    pub user: User,
    /// The kinds of second factor enrolled (`totp`, `email`), oldest first.
    pub second_factors: Vec<String>,
    pub identities: Vec<LinkedIdentity>,
}

/// Up to `limit` accounts after `after`, oldest first; `query` a prefix of the username, the
/// address or the name.
pub async fn search(state: &AppState, query: Option<&str>, after: Option<&Position>, limit: u64) -> Result<Vec<User>> {
    Ok(storage::users::search(&state.db, query, after, limit).await?)
}

pub async fn get(state: &AppState, id: &str) -> Result<UserDetail> {
    let user = storage::users::find(&state.db, id)
        .await?
        .ok_or(UserAdminError::NotFound)?;
    let second_factors = storage::mfa::factors_of(&state.db, id)
        .await?
        .into_iter()
        .map(|f| f.kind)
        .collect();
    let identities = storage::identities::list_for_user(&state.db, id).await?;
    Ok(UserDetail {
        user,
        second_factors,
        identities,
    })
}

/// Blank means not given.
fn given(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

pub struct NewUser {
    pub username: Option<String>,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub password: Option<SecretString>,
    /// Invite the address instead of creating the account.
    pub send_invitation: bool,
    pub application_id: Option<String>,
}

pub enum Created {
    Account(UserDetail),
    Invited(CreatedInvitation),
}

/// Creates the account, or with `send_invitation` invites its address to register.
pub async fn create(state: &AppState, caller: &AdminCaller, input: NewUser) -> Result<Created> {
    let (username, email) = (given(input.username), given(input.email));
    let name = checked_name(input.name).map_err(|_| UserAdminError::InvalidName)?;
    let locale = checked_locale(input.locale).map_err(|_| UserAdminError::InvalidLocale)?;
    if input.send_invitation {
        let email = email.ok_or(UserAdminError::IdentifierRequired)?;
        if username.is_some() || input.password.is_some() {
            return Err(UserAdminError::InvitationWithCredentials);
        }
        let invitation = NewInvitation {
            email,
            name,
            lifetime: invitations::default_lifetime(),
            locale,
            client_id: input.application_id,
        };
        let created = invitations::create(state, invitation).await?;
        let details = json!({ "invitation": created.invitation.id });
        super::audited(state, caller, "invitation.created", None, details).await;
        return Ok(Created::Invited(created));
    }
    if username.is_none() && email.is_none() {
        return Err(UserAdminError::IdentifierRequired);
    }
    let account = NewAccount {
        username,
        email,
        name,
        locale,
        password: input.password,
        email_verified: input.email_verified.unwrap_or(true),
    };
    let user = users::create_account(state, account).await?;
    tracing::warn!(user_id = %user.id, "account created by an administrator");
    super::audited(state, caller, "user.created", Some(&user.id), json!({})).await;
    Ok(Created::Account(UserDetail {
        user,
        second_factors: vec![],
        identities: vec![],
    }))
}

/// A change: `None` leaves a field, `Some("")` clears it (the username, never).
#[derive(Default)]
pub struct ProfilePatch {
    pub name: Option<String>,
    pub locale: Option<String>,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub username: Option<String>,
}

/// Changes the profile, in one transaction. An address set here counts as confirmed unless
/// `email_verified` is false.
pub async fn update(state: &AppState, caller: &AdminCaller, id: &str, patch: ProfilePatch) -> Result<UserDetail> {
    let name = patch
        .name
        .map(|n| checked_name(Some(n)))
        .transpose()
        .map_err(|_| UserAdminError::InvalidName)?;
    let locale = patch
        .locale
        .map(|l| checked_locale(Some(l)))
        .transpose()
        .map_err(|_| UserAdminError::InvalidLocale)?;
    let username = given(patch.username)
        .map(|u| users::checked_username(state, &u))
        .transpose()?;
    let email = patch
        .email
        .map(|e| given(Some(e)).map(|e| Email::parse(&e)).transpose())
        .transpose()
        .map_err(UserError::from)?;
    let tx = storage::begin(&state.db).await?;
    let user = storage::users::find(&tx, id).await?.ok_or(UserAdminError::NotFound)?;
    if let Some(username) = &username {
        if user.username.is_some() {
            return Err(UserAdminError::UsernameAlreadySet);
        }
        let set =
            storage::users::set_username_once(&tx, id, username.as_str(), username.normalized(), &username.skeleton())
                .await?;
        match set {
            UsernameSet::Set => {}
            UsernameSet::AlreadySet => return Err(UserAdminError::UsernameAlreadySet),
            UsernameSet::Taken => return Err(UserError::UsernameTaken.into()),
        }
    }
    match &email {
        Some(None) if user.username.is_none() && username.is_none() => {
            return Err(UserAdminError::IdentifierRequired);
        }
        Some(address) => {
            let address = address.as_ref().map(|e| (e.as_str().to_owned(), e.normalized()));
            let verified = patch.email_verified.unwrap_or(true);
            let unique = state.settings.email.require_unique;
            let pair = address.as_ref().map(|(e, n)| (e.as_str(), n.as_str()));
            if !storage::users::set_email_to(&tx, id, pair, verified, unique).await? {
                return Err(UserError::EmailTaken.into());
            }
        }
        None => {
            if let Some(verified) = patch.email_verified
                && !storage::users::set_email_verified(&tx, id, verified).await?
            {
                return Err(UserAdminError::NoEmail);
            }
        }
    }
    if name.is_some() || locale.is_some() {
        storage::users::update_profile(
            &tx,
            id,
            name.as_ref().map(Option::as_deref),
            locale.as_ref().map(Option::as_deref),
        )
        .await?;
    }
    storage::commit(tx).await?;
    tracing::warn!(user_id = %id, "profile changed by an administrator");
    super::audited(state, caller, "user.updated", Some(id), json!({})).await;
    get(state, id).await
}

/// The account cannot sign in, and its sessions and tokens end.
pub async fn lock(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    accounts::disable(state, id).await?;
    super::audited(state, caller, "user.locked", Some(id), json!({})).await;
    Ok(())
}

pub async fn unlock(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    accounts::enable(state, id).await?;
    super::audited(state, caller, "user.unlocked", Some(id), json!({})).await;
    Ok(())
}

/// Signs the account out everywhere and emails its owner that a new password is required,
/// to be chosen through the sign-in page's "Forgot password?".
pub async fn require_new_password(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    let user = storage::users::find(&state.db, id)
        .await?
        .ok_or(UserAdminError::NotFound)?;
    let email = user.email.clone().ok_or(UserAdminError::NoEmail)?;
    accounts::end_sessions(state, id).await?;
    let lang = Lang::pick_from_lists([user.locale.as_deref()]);
    state
        .mailer
        .send_in_background(email, account_templates::new_password_required(lang));
    tracing::warn!(user_id = %id, "new password required by an administrator");
    super::audited(state, caller, "user.password_reset_required", Some(id), json!({})).await;
    Ok(())
}

pub async fn end_sessions(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    accounts::end_sessions(state, id).await?;
    super::audited(state, caller, "user.sessions_ended", Some(id), json!({})).await;
    Ok(())
}

/// As `gatehouse user mfa reset`.
pub async fn reset_mfa(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    accounts::reset_mfa_of(state, id.to_owned()).await?;
    super::audited(state, caller, "user.mfa_reset", Some(id), json!({})).await;
    Ok(())
}

/// Unlinks one external identity; the account's sessions and tokens end, as after any change
/// to how it signs in. Its last way to sign in may go: a password reset gives it another.
pub async fn unlink(state: &AppState, caller: &AdminCaller, id: &str, identity_id: &str) -> Result<()> {
    let tx = storage::begin(&state.db).await?;
    if storage::users::find(&tx, id).await?.is_none() {
        return Err(UserAdminError::NotFound);
    }
    if !storage::identities::delete(&tx, id, identity_id).await? {
        return Err(UserAdminError::IdentityNotFound);
    }
    accounts::end_sessions_in(&tx, id, Utc::now()).await?;
    storage::commit(tx).await?;
    tracing::warn!(user_id = %id, "external identity unlinked by an administrator");
    let details = json!({ "identity": identity_id });
    super::audited(state, caller, "user.identity_unlinked", Some(id), details).await;
    Ok(())
}

pub async fn delete(state: &AppState, caller: &AdminCaller, id: &str) -> Result<()> {
    accounts::delete(state, id).await?;
    super::audited(state, caller, "user.deleted", Some(id), json!({})).await;
    Ok(())
}
