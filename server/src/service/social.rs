//! Sign-in with an external provider, as the Experience API and the account center both use
//! it: an authorization request stored for its owner (an interaction, or a user linking an
//! identity), then the browser's return checked against it, once.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use subtle::ConstantTimeEq;

use super::{
    InternalError,
    upstream::{self, Callback, UpstreamError},
};
use crate::{
    crypto::token::hash_token,
    domain::connector::{Connector, ExternalIdentity, callback_uri},
    state::AppState,
    storage::{
        self, StorageError,
        social_authorizations::{self, NewAuthorization},
    },
};

/// How long the user has at the provider before the request is forgotten.
const REQUEST_LIFETIME: Duration = Duration::minutes(10);

#[derive(Debug, thiserror::Error)]
pub enum SocialError {
    #[error("sign-in with external providers is turned off on this server")]
    Disabled,
    #[error("no connector has this id")]
    ConnectorNotFound,
    #[error("the redirect URI is not on an origin of this server or its experience app")]
    InvalidRedirectUri,
    #[error("no authorization request of this browser has this id, or it was used or has expired")]
    RequestNotFound,
    #[error("the `state` the provider sent back is not this request's")]
    StateMismatch,
    #[error(transparent)]
    Upstream(#[from] UpstreamError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for SocialError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// Whose request it is: an interaction (sign-in, sign-up) or a signed-in user (linking, or
/// proving it is them before a sensitive change). A request serves its purpose only.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    Interaction,
    Account,
    AccountVerification,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Interaction => "interaction",
            Self::Account => "account",
            Self::AccountVerification => "account_verification",
        }
    }
}

/// A provider the UI may show as a button.
#[derive(Debug, Clone)]
pub struct ConnectorButton {
    pub id: String,
    pub name: String,
    pub logo_url: Option<String>,
}

/// The providers offered now, in the configured order: none while `sign_in.external` is off.
pub fn offered(state: &AppState) -> Vec<ConnectorButton> {
    if !state.settings.sign_in.external {
        return Vec::new();
    }
    state
        .upstreams
        .connectors()
        .iter()
        .map(|c| ConnectorButton {
            id: c.id.clone(),
            name: c.name.clone(),
            logo_url: c.logo_url.clone(),
        })
        .collect()
}

/// A connector the UI may use now.
pub fn connector<'a>(state: &'a AppState, id: &str) -> Result<&'a Connector, SocialError> {
    if !state.settings.sign_in.external {
        return Err(SocialError::Disabled);
    }
    state.upstreams.get(id).ok_or(SocialError::ConnectorNotFound)
}

/// The provider sends the code to a page of ours or of the configured experience app, never
/// elsewhere: whoever gets the code with the request's state could finish the sign-in.
fn check_redirect(state: &AppState, connector_id: &str, redirect_uri: &str) -> Result<(), SocialError> {
    if redirect_uri == callback_uri(&state.settings.public_url, connector_id) {
        return Ok(());
    }
    let url = url::Url::parse(redirect_uri).map_err(|_| SocialError::InvalidRedirectUri)?;
    let origin = url.origin().ascii_serialization();
    if url.fragment().is_none() && state.settings.experience_origins().contains(&origin) {
        Ok(())
    } else {
        Err(SocialError::InvalidRedirectUri)
    }
}

fn verifier_row(id: &str) -> String {
    format!("social_authorizations.code_verifier:{id}")
}

/// Stores an authorization request for `owner` and returns `(authorizationUri, id)`.
pub async fn begin(
    state: &AppState,
    purpose: Purpose,
    owner: &str,
    connector_id: &str,
    redirect_uri: &str,
    ui_state: &str,
) -> Result<(String, String), SocialError> {
    begin_with_id(
        state,
        purpose,
        owner,
        connector_id,
        redirect_uri,
        ui_state,
        &uuid::Uuid::new_v4().to_string(),
    )
    .await
}

/// As [`begin`], with the request's id chosen by the caller (single-provider mode, where the
/// server starts the request and the `state` is the id).
pub async fn begin_with_id(
    state: &AppState,
    purpose: Purpose,
    owner: &str,
    connector_id: &str,
    redirect_uri: &str,
    ui_state: &str,
    id: &str,
) -> Result<(String, String), SocialError> {
    let connector = connector(state, connector_id)?;
    check_redirect(state, connector_id, redirect_uri)?;
    // Linking and proving "it is you" take a sign-in at the provider now: its session could be
    // someone else's (a shared computer), or another of the user's accounts there.
    let reauthenticate = matches!(purpose, Purpose::Account | Purpose::AccountVerification);
    let request = upstream::authorization_uri(&state.upstreams, connector, redirect_uri, ui_state, reauthenticate)
        .await
        .inspect_err(|e| {
            tracing::warn!(connector = connector_id, reason = e.code(), error = %e, "cannot start an external sign-in");
        })?;
    let id = id.to_owned();
    let now = Utc::now();
    let sealed = state.keks.seal(request.code_verifier.as_bytes(), &verifier_row(&id));
    social_authorizations::insert(
        &state.db,
        NewAuthorization {
            id: &id,
            purpose: purpose.as_str(),
            owner,
            connector_id,
            state_hash: &hash_token(ui_state),
            nonce: &request.nonce,
            code_verifier_sealed: &sealed,
            redirect_uri,
            expires_at: now + REQUEST_LIFETIME,
        },
        now,
    )
    .await?;
    Ok((request.uri, id))
}

/// Takes the request `id` of `owner` (once) and checks the browser's return against it:
/// `connector_data` is the query the provider sent to the redirect URI.
pub async fn finish(
    state: &AppState,
    purpose: Purpose,
    owner: &str,
    connector_id: &str,
    id: &str,
    connector_data: &HashMap<String, String>,
) -> Result<ExternalIdentity, SocialError> {
    let connector = connector(state, connector_id)?;
    let pending = storage::social_authorizations::take(&state.db, id, purpose.as_str(), owner, Utc::now())
        .await?
        .filter(|p| p.connector_id == connector_id)
        .ok_or(SocialError::RequestNotFound)?;
    let returned = connector_data.get("state").map(|s| hash_token(s)).unwrap_or_default();
    if !bool::from(returned.as_bytes().ct_eq(pending.state_hash.as_bytes())) {
        return Err(SocialError::StateMismatch);
    }
    let verifier = state
        .keks
        .open(&pending.code_verifier_sealed, &verifier_row(id))
        .map_err(InternalError::from)?;
    let callback = Callback {
        code: connector_data.get("code").cloned(),
        error: connector_data.get("error").cloned(),
    };
    let identity = upstream::complete(
        &state.upstreams,
        connector,
        &pending.redirect_uri,
        &pending.nonce,
        &String::from_utf8_lossy(&verifier),
        callback,
    )
    .await
    .inspect_err(
        |e| tracing::info!(connector = connector_id, reason = e.code(), error = %e, "external sign-in failed"),
    )?;
    Ok(identity)
}
