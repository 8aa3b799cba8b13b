//! Registration by username and password (`interactionEvent: "Register"`): the profile is
//! collected on the interaction, checked as it comes, and the account is written only at
//! submit, in one transaction with the interaction that then signs it in.

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::Username,
        interaction::{Interaction, InteractionEvent},
    },
    service::{
        InternalError,
        experience::{ExperienceError, load, save},
        users::password_policy,
    },
    state::AppState,
    storage::{self, users::NewUser},
};

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

/// One field of `POST /api/experience/profile`.
pub enum ProfileValue {
    Username(String),
    Password(SecretString),
}

/// Whether a registration has everything it needs to create the account.
pub fn ready(interaction: &Interaction) -> bool {
    interaction.event == Some(InteractionEvent::Register) && interaction.profile.missing().is_empty()
}

fn username(state: &AppState, raw: &str) -> Result<Username> {
    let name = Username::parse(raw).map_err(ExperienceError::InvalidUsername)?;
    if state.settings.username.alphanumeric_only {
        return name.require_alphanumeric().map_err(ExperienceError::InvalidUsername);
    }
    Ok(name)
}

/// `POST /api/experience/profile`. A new username forgets a password given before it, which
/// was checked against the old name.
pub async fn set_profile(state: &AppState, cookie: Option<&str>, value: ProfileValue) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    match interaction.event {
        None => return Err(ExperienceError::EventNotSet),
        Some(InteractionEvent::Register) if interaction.user_id.is_none() => {}
        Some(_) => return Err(ExperienceError::EventNotSupported),
    }
    match value {
        ProfileValue::Username(raw) => {
            let name = username(state, &raw)?;
            if storage::users::find_by_username(&state.db, &name.normalized())
                .await?
                .is_some()
            {
                return Err(ExperienceError::UsernameTaken);
            }
            interaction.profile.username = Some(name.as_str().to_owned());
            interaction.profile.password_hash = None;
        }
        ProfileValue::Password(password) => {
            let identifiers: Vec<&str> = interaction.profile.username.as_deref().into_iter().collect();
            let broken = password_policy(state).check(password.expose_secret(), &identifiers);
            if !broken.is_empty() {
                return Err(ExperienceError::WeakPassword(broken));
            }
            let hash = state.hasher.hash(&password).await.map_err(InternalError::from)?;
            interaction.profile.password_hash = Some(hash);
        }
    }
    save(state, &interaction).await
}

/// Submit of a registration: writes the user and marks the interaction submitted, together.
pub(super) async fn create_account(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    let (Some(name), Some(hash)) = (&interaction.profile.username, &interaction.profile.password_hash) else {
        return Err(ExperienceError::ProfileIncomplete);
    };
    let name = username(state, name)?;
    let tx = storage::begin(&state.db).await?;
    // Checked again: someone may have taken the name since the profile step.
    if storage::users::find_by_username(&tx, &name.normalized())
        .await?
        .is_some()
    {
        return Err(ExperienceError::UsernameTaken);
    }
    let user = storage::users::insert(
        &tx,
        NewUser {
            username: Some(name.as_str().to_owned()),
            username_normalized: Some(name.normalized()),
            email: None,
            email_normalized: None,
            email_verified: false,
            name: None,
            password_hash: Some(hash.clone()),
            security_stamp: random_token(),
        },
    )
    .await?;
    interaction.user_id = Some(user.id.clone());
    interaction.submitted_at = Some(Utc::now());
    if !storage::interactions::save(&tx, interaction).await? {
        return Err(ExperienceError::NotFound);
    }
    storage::commit(tx).await?;
    tracing::info!(user_id = %user.id, client_id = %interaction.request.client_id, "registered");
    Ok(())
}
