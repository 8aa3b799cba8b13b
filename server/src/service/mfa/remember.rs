//! "Remember this browser": a cookie holding a random token whose hash names one user and
//! their security stamp, so that another user in the same browser is still asked, and a new
//! password, factor or reset (a new stamp) forgets every remembered browser at once.

use chrono::Utc;

use super::Result;
use crate::{
    crypto::token::{hash_token, random_token},
    domain::user::User,
    service::InternalError,
    state::AppState,
    storage,
};

/// A token for the cookie: this browser is remembered for `user` until the lifetime ends.
pub async fn remember(
    state: &AppState,
    user: &User,
    user_agent: Option<&str>,
) -> Result<(String, chrono::DateTime<Utc>), InternalError> {
    let token = random_token();
    let now = Utc::now();
    let expires_at = now + state.settings.two_factor.remember_browser_lifetime.chrono();
    let user_agent: Option<String> = user_agent.map(|ua| ua.chars().filter(|c| !c.is_control()).take(256).collect());
    storage::mfa::remember_browser(
        &state.db,
        &hash_token(&token),
        &user.id,
        &user.security_stamp,
        user_agent.as_deref(),
        expires_at,
        now,
    )
    .await?;
    Ok((token, expires_at))
}

/// Whether the browser's cookie remembers it for `user`.
pub async fn is_remembered(state: &AppState, cookie: Option<&str>, user: &User) -> Result<bool> {
    let Some(cookie) = cookie else { return Ok(false) };
    if !state.settings.two_factor.remember_browser {
        return Ok(false);
    }
    Ok(storage::mfa::is_remembered(
        &state.db,
        &hash_token(cookie),
        &user.id,
        &user.security_stamp,
        Utc::now(),
    )
    .await?)
}
