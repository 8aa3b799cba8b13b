//! Password reset (`interactionEvent: "ForgotPassword"`): a code sent to the address, then
//! identification, the new password, and submit, which sets it, changes the security stamp and
//! ends the user's sessions and tokens, in one transaction.

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::IdentifierType,
        interaction::{Interaction, InteractionEvent},
    },
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
        experience::{
            ExperienceError,
            store::{load, save},
        },
        lockout,
        users::password_policy,
    },
    state::AppState,
    storage,
};

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

/// `PUT /api/experience/profile/password`: the new password, checked against the policy.
pub async fn set_password(state: &AppState, cookie: Option<&str>, password: &SecretString) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if interaction.event != Some(InteractionEvent::ForgotPassword) {
        return Err(ExperienceError::EventNotSupported);
    }
    let user_id = interaction.user_id.clone().ok_or(ExperienceError::NotIdentified)?;
    let user = storage::users::find(&state.db, &user_id)
        .await?
        .ok_or(ExperienceError::NotIdentified)?;
    let identifiers: Vec<&str> = [user.username.as_deref(), user.email.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let policy = password_policy(state);
    let rules = policy.check(password.expose_secret(), &identifiers);
    if !rules.is_empty() {
        return Err(ExperienceError::WeakPassword { rules, policy });
    }
    let hash = state.hasher.hash(password).await.map_err(InternalError::from)?;
    interaction.profile.password_hash = Some(hash);
    save(state, &interaction).await
}

/// Submit of a reset.
pub(super) async fn complete(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    let (Some(user_id), Some(hash)) = (interaction.user_id.clone(), interaction.profile.password_hash.take()) else {
        return Err(ExperienceError::ProfileIncomplete);
    };
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::users::set_password(&tx, &user_id, &hash, &random_token()).await? {
        return Err(ExperienceError::NotIdentified);
    }
    let sessions = storage::sessions::revoke_all_of_user(&tx, &user_id, now).await?;
    storage::grants::revoke_all_of_user(&tx, &user_id, now).await?;
    interaction.submitted_at = Some(now);
    if !storage::interactions::save(&tx, interaction).await? {
        return Err(ExperienceError::NotFound);
    }
    let event = AuditEvent::new(AuditKind::PasswordReset)
        .user(&user_id)
        .client(&interaction.request.client_id)
        .details(json!({"sessions_ended": sessions}));
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    // Whoever proved the mailbox may sign in again at once.
    if let Some(user) = storage::users::find(&state.db, &user_id).await? {
        for (kind, value) in [
            (IdentifierType::Username, user.username),
            (IdentifierType::Email, user.email),
        ] {
            if let Some(value) = value {
                lockout::unlock(state, kind, &value).await?;
            }
        }
    }
    tracing::info!(user_id = %user_id, sessions_ended = sessions, "password reset");
    Ok(())
}
