//! OpenID Connect RP-Initiated Logout 1.0 (`/oidc/session/end`).

use std::collections::HashMap;

use chrono::Utc;
use url::Url;

use crate::{
    crypto::token::hash_token,
    service::{InternalError, claims},
    state::AppState,
    storage,
};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoutError {
    #[error("the parameter {0} is repeated")]
    DuplicateParameter(String),
    #[error("the id_token_hint is not a valid ID token of this provider")]
    InvalidHint,
    #[error("the client is not registered")]
    UnknownClient,
    #[error("client_id does not match the id_token_hint")]
    ClientMismatch,
    #[error("post_logout_redirect_uri needs client_id or id_token_hint")]
    RedirectWithoutClient,
    #[error("the post_logout_redirect_uri is not registered for this client")]
    UnregisteredRedirect,
}

/// A checked logout request: what the confirmation page carries and the POST re-checks.
#[derive(Debug, Clone, Default)]
pub struct Logout {
    pub client_id: Option<String>,
    pub client_name: Option<String>,
    pub post_logout_redirect_uri: Option<String>,
    pub state: Option<String>,
    /// The subject of a valid id_token_hint.
    hinted_subject: Option<String>,
}

#[derive(Debug)]
pub enum LogoutOutcome {
    /// Ask the user before signing them out.
    Confirm(Logout),
    /// Signed out (or was not signed in): go here, or show the signed-out page.
    Done { redirect_to: Option<String> },
}

pub async fn check(state: &AppState, pairs: Vec<(String, String)>) -> Result<Logout, LogoutError> {
    let mut params = HashMap::new();
    for (key, value) in pairs {
        if params.insert(key.clone(), value).is_some() {
            return Err(LogoutError::DuplicateParameter(key));
        }
    }
    let get = |k: &str| params.get(k).filter(|v| !v.is_empty()).cloned();
    let hint = match get("id_token_hint") {
        Some(token) => Some(claims::id_token_hint(state, &token).ok_or(LogoutError::InvalidHint)?),
        None => None,
    };
    let client_id = match (get("client_id"), hint.as_ref().map(|h| h.aud.clone())) {
        (Some(given), Some(hinted)) if given != hinted => return Err(LogoutError::ClientMismatch),
        (given, hinted) => given.or(hinted),
    };
    let client = match &client_id {
        Some(id) => Some(
            storage::clients::find(&state.db, id)
                .await
                .map_err(|_| LogoutError::UnknownClient)?
                .ok_or(LogoutError::UnknownClient)?,
        ),
        None => None,
    };
    let post_logout_redirect_uri = get("post_logout_redirect_uri");
    if let Some(uri) = &post_logout_redirect_uri {
        let client = client.as_ref().ok_or(LogoutError::RedirectWithoutClient)?;
        if !client
            .post_logout_redirect_uris
            .iter()
            .any(|registered| registered == uri)
        {
            return Err(LogoutError::UnregisteredRedirect);
        }
    }
    Ok(Logout {
        client_name: client.map(|c| c.name),
        client_id,
        post_logout_redirect_uri,
        state: get("state"),
        hinted_subject: hint.map(|h| h.sub),
    })
}

/// Ends the session at once when a valid hint names the signed-in user (or nobody is signed
/// in); otherwise the user confirms first, unless `confirmed`.
pub async fn end_session(
    state: &AppState,
    logout: Logout,
    session_cookie: Option<&str>,
    confirmed: bool,
) -> Result<LogoutOutcome, InternalError> {
    let now = Utc::now();
    let session = match session_cookie {
        Some(cookie) => storage::sessions::find_live(&state.db, &hash_token(cookie), now).await?,
        None => None,
    };
    let proven = match (&session, &logout.hinted_subject) {
        (None, _) => true,
        (Some(session), Some(subject)) => &session.user_id == subject,
        (Some(_), None) => false,
    };
    if !proven && !confirmed {
        return Ok(LogoutOutcome::Confirm(logout));
    }
    if let Some(session) = session {
        storage::sessions::revoke(&state.db, &session.id, now).await?;
    }
    Ok(LogoutOutcome::Done {
        redirect_to: logout.post_logout_redirect_uri.map(|uri| {
            let mut url = Url::parse(&uri).expect("registered URIs are validated URLs");
            if let Some(s) = &logout.state {
                url.query_pairs_mut().append_pair("state", s);
            }
            url.into()
        }),
    })
}
