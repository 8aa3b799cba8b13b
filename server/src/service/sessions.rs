//! The SSO session: what lets a second client in without a new sign-in.

use chrono::{DateTime, Duration, Utc};

use crate::{
    crypto::token::{hash_token, random_token},
    domain::user::User,
    service::InternalError,
    state::AppState,
    storage::{self, Conn, sessions::SsoSession},
};

/// A session cookie to send: the value and, for a persistent session, when it ends.
#[derive(Debug, Clone)]
pub struct NewSessionCookie {
    pub value: String,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Sliding expiration is written at most this often, not on every request.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// The live session behind a cookie and its user. A session whose user has changed their
/// security stamp (new password, reset) is over.
pub async fn current(
    state: &AppState,
    cookie: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<(SsoSession, User)>, InternalError> {
    let Some(cookie) = cookie else {
        return Ok(None);
    };
    let Some(session) = storage::sessions::find_live(&state.db, &hash_token(cookie), now).await? else {
        return Ok(None);
    };
    let Some(user) = storage::users::find(&state.db, &session.user_id).await? else {
        return Ok(None);
    };
    if user.security_stamp != session.security_stamp || user.is_disabled() {
        storage::sessions::revoke(&state.db, &session.id, now).await?;
        return Ok(None);
    }
    let settings = &state.settings.session;
    let mut session = session;
    if settings.sliding_expiration && now - session.last_seen_at > TOUCH_EVERY {
        let expires_at = now + settings.lifetime.chrono();
        storage::sessions::touch(&state.db, &session.id, now, expires_at).await?;
        session.last_seen_at = now;
        session.expires_at = expires_at;
    }
    Ok(Some((session, user)))
}

/// The cookie to send again for a persistent ("remember me") session in use, so that the
/// browser keeps it as long as the sliding expiration keeps the session.
pub fn refreshed_cookie(session: &SsoSession, value: &str) -> Option<NewSessionCookie> {
    session.persistent.then(|| NewSessionCookie {
        value: value.to_owned(),
        expires_at: Some(session.expires_at),
    })
}

/// The browser a session starts in, as the account pages show it to the owner.
#[derive(Debug, Clone, Default)]
pub struct Device {
    pub user_agent: Option<String>,
    pub ip: Option<String>,
}

impl Device {
    /// Longer `User-Agent` headers are cut: the page needs a summary, not a fingerprint.
    pub fn new(user_agent: Option<&str>, ip: Option<std::net::IpAddr>) -> Self {
        Self {
            user_agent: user_agent.map(|ua| ua.chars().filter(|c| !c.is_control()).take(256).collect()),
            ip: ip.map(|ip| ip.to_canonical().to_string()),
        }
    }
}

/// Starts a session for a user who just signed in.
pub async fn start(
    state: &AppState,
    conn: &impl Conn,
    user: &User,
    persistent: bool,
    device: Device,
    amr: &str,
    now: DateTime<Utc>,
) -> Result<(SsoSession, NewSessionCookie), InternalError> {
    let value = random_token();
    let expires_at = now + state.settings.session.lifetime.chrono();
    let session = SsoSession {
        id: hash_token(&value),
        user_id: user.id.clone(),
        auth_time: now,
        amr: Some(amr.to_owned()),
        security_stamp: user.security_stamp.clone(),
        persistent,
        last_seen_at: now,
        expires_at,
        created_at: now,
        user_agent: device.user_agent,
        ip: device.ip,
    };
    storage::sessions::insert(conn, &session).await?;
    let cookie = NewSessionCookie {
        value,
        expires_at: persistent.then_some(expires_at),
    };
    Ok((session, cookie))
}
