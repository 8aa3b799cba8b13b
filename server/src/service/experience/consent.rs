//! The consent step of a third-party client.

use chrono::Utc;

use super::{
    ExperienceError, Result, registration,
    store::{load, policy_of, save},
};
use crate::{
    domain::{auth_request::RedirectError, client::Client, interaction::Interaction},
    service::{app_policy::EffectivePolicy, authorize::error_redirect, consent},
    state::AppState,
    storage,
};

pub(super) async fn needs_consent(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &Interaction,
    client: &Client,
) -> Result<bool> {
    if interaction.consented_at.is_some() {
        return Ok(false);
    }
    let Some(user_id) = &interaction.user_id else {
        // A new account has consented to nothing yet.
        return Ok(registration::ready(policy, interaction) && !client.first_party);
    };
    Ok(consent::needed(state, client, user_id, &interaction.request).await?)
}

/// `POST /api/experience/consent`: the identified user allows the client the requested scopes.
pub async fn grant_consent(state: &AppState, cookie: Option<&str>) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if interaction.user_id.is_none() && !registration::ready(&policy_of(state, &interaction).await?, &interaction) {
        return Err(ExperienceError::NotIdentified);
    }
    interaction.consented_at = Some(Utc::now());
    save(state, &interaction).await
}

/// `POST /api/experience/consent/deny`: ends the interaction; the client hears `access_denied`.
pub async fn deny_consent(state: &AppState, cookie: Option<&str>) -> Result<String> {
    let interaction = load(state, cookie).await?;
    if interaction.user_id.is_none() {
        return Err(ExperienceError::NotIdentified);
    }
    if !storage::interactions::abandon(&state.db, &interaction.id, Utc::now()).await? {
        return Err(ExperienceError::NotFound);
    }
    let error = RedirectError::new("access_denied", "the user denied the request");
    Ok(error_redirect(state, &interaction.request, &error))
}
