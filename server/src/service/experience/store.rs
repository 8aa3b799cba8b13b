//! The interaction behind the browser's cookie: loaded, saved, its client. Every step module
//! reads and writes interactions through here only.

use chrono::Utc;

use super::{ExperienceError, Result};
use crate::{
    crypto::token::hash_token,
    domain::{client::Client, interaction::Interaction},
    service::app_policy::{self, EffectivePolicy},
    state::AppState,
    storage, telemetry,
};

/// Verifications kept per interaction; older ones are dropped so retries cannot grow it.
const MAX_VERIFICATIONS: usize = 10;

/// Keeps the newest verifications only, so that retries cannot grow the interaction.
pub fn trim_verifications(interaction: &mut Interaction) {
    let excess = interaction.verifications.len().saturating_sub(MAX_VERIFICATIONS);
    interaction.verifications.drain(..excess);
}

pub async fn load(state: &AppState, cookie: Option<&str>) -> Result<Interaction> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    let interaction = storage::interactions::find_live(&state.db, &hash_token(cookie), Utc::now())
        .await?
        .ok_or(ExperienceError::NotFound)?;
    telemetry::record_client(&interaction.request.client_id);
    if let Some(user_id) = &interaction.user_id {
        telemetry::record_user(user_id);
    }
    Ok(interaction)
}

pub async fn save(state: &AppState, interaction: &Interaction) -> Result<()> {
    if storage::interactions::save(&state.db, interaction).await? {
        Ok(())
    } else {
        Err(ExperienceError::NotFound)
    }
}

pub async fn client_of(state: &AppState, interaction: &Interaction) -> Result<Client> {
    storage::clients::find(&state.db, &interaction.request.client_id)
        .await?
        .ok_or(ExperienceError::NotFound)
}

/// The effective policy of the interaction's application: read once per request, by the step
/// that needs it, and passed to whatever that step calls.
pub async fn policy_of(state: &AppState, interaction: &Interaction) -> Result<EffectivePolicy> {
    Ok(app_policy::effective(state, Some(&interaction.request.client_id)).await?)
}
