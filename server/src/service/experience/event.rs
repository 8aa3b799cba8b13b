//! Starting an interaction and switching its event.

use chrono::Utc;

use super::{
    ExperienceError, Result,
    policy::check_event,
    store::{load, save},
};
use crate::{
    crypto::token::hash_token, domain::interaction::InteractionEvent, service::captcha, state::AppState, storage,
};

/// Registration asks for a solved captcha when `registration.captcha` is on.
async fn check_captcha(state: &AppState, event: InteractionEvent, captcha_token: Option<&str>) -> Result<()> {
    if event == InteractionEvent::Register && state.settings.registration.captcha {
        captcha::redeem(state, captcha_token).await?;
    }
    Ok(())
}

/// `PUT /api/experience`: (re)starts the interaction with an event, forgetting earlier steps.
pub async fn start(
    state: &AppState,
    cookie: Option<&str>,
    event: InteractionEvent,
    captcha_token: Option<&str>,
) -> Result<()> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    check_event(state, event)?;
    if event == InteractionEvent::Register && state.settings.registration.captcha {
        // A solution is spent only on a live interaction.
        load(state, Some(cookie)).await?;
        check_captcha(state, event, captcha_token).await?;
    }
    if storage::interactions::restart(&state.db, &hash_token(cookie), event, Utc::now()).await? {
        Ok(())
    } else {
        Err(ExperienceError::NotFound)
    }
}

/// `PUT /api/experience/interaction-event`: switches the event, keeping verifications. The
/// user identified for another event is forgotten: a reset code does not sign anyone in.
pub async fn switch_event(
    state: &AppState,
    cookie: Option<&str>,
    event: InteractionEvent,
    captcha_token: Option<&str>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    check_event(state, event)?;
    if interaction.event == Some(event) {
        return Ok(());
    }
    check_captcha(state, event, captcha_token).await?;
    interaction.event = Some(event);
    interaction.user_id = None;
    interaction.submitted_at = None;
    interaction.mfa = Default::default();
    // A link asked for under the other event would otherwise follow the next identification.
    interaction.profile.link = None;
    save(state, &interaction).await
}
