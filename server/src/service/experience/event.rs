//! Starting an interaction and switching its event.

use std::net::IpAddr;

use chrono::Utc;

use super::{
    ExperienceError, Result,
    policy::{check_event, check_ip},
    store::{load, policy_of, save},
};
use crate::{
    crypto::token::hash_token,
    domain::interaction::InteractionEvent,
    service::{app_policy::EffectivePolicy, captcha},
    state::AppState,
    storage,
};

/// Registration asks for a solved captcha when `registration.captcha` is on.
async fn check_captcha(
    state: &AppState,
    policy: &EffectivePolicy,
    event: InteractionEvent,
    captcha_token: Option<&str>,
) -> Result<()> {
    if event == InteractionEvent::Register && policy.captcha {
        captcha::redeem(state, captcha_token).await?;
    }
    Ok(())
}

/// `PUT /api/experience`: (re)starts the interaction with an event, forgetting earlier steps.
/// The event must be one the application's policy allows, from an address it allows.
pub async fn start(
    state: &AppState,
    cookie: Option<&str>,
    event: InteractionEvent,
    captcha_token: Option<&str>,
    client_ip: Option<IpAddr>,
) -> Result<()> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    let interaction = load(state, Some(cookie)).await?;
    let policy = policy_of(state, &interaction).await?;
    check_ip(&policy, client_ip)?;
    check_event(&policy, event)?;
    // A solution is spent only on a live interaction.
    check_captcha(state, &policy, event, captcha_token).await?;
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
    client_ip: Option<IpAddr>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    let policy = policy_of(state, &interaction).await?;
    check_ip(&policy, client_ip)?;
    check_event(&policy, event)?;
    if interaction.event == Some(event) {
        return Ok(());
    }
    check_captcha(state, &policy, event, captcha_token).await?;
    interaction.event = Some(event);
    interaction.user_id = None;
    interaction.submitted_at = None;
    interaction.mfa = Default::default();
    // A link asked for under the other event would otherwise follow the next identification.
    interaction.profile.link = None;
    save(state, &interaction).await
}
