//! The linked-identities section: the external identities that sign the account in, and the
//! providers it may add. Linking and unlinking need a verification and give the account a new
//! security stamp (every other session and grant ends, the caller's go on), as any change to
//! how the account signs in does. An account keeps one way to sign in: a password, or an
//! identity of a configured provider.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::{AccountError, Caller, Result, audit_event, keep_only_caller, verification};
use crate::{
    crypto::token::random_token,
    email::account_templates::{self, IdentityChange},
    service::{
        audit::{self, AuditKind},
        social::{self, Purpose},
    },
    state::AppState,
    storage::{
        self,
        identities::{LinkedIdentity, NewIdentity},
    },
};

#[derive(Debug, Clone)]
pub struct IdentityView {
    pub id: String,
    pub connector_id: String,
    /// The provider's display name; its id when `[[connectors]]` no longer has it.
    pub connector_name: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    /// Unlinking it now leaves a way to sign in.
    pub can_unlink: bool,
}

/// A provider the account may link an identity of.
pub type ConnectorView = social::ConnectorButton;

#[derive(Debug, Clone)]
pub struct IdentitiesView {
    pub identities: Vec<IdentityView>,
    /// Empty while sign-in with external providers is off.
    pub connectors: Vec<ConnectorView>,
}

/// An identity that signs in: its provider is still configured.
fn usable(state: &AppState, identity: &LinkedIdentity) -> bool {
    state.upstreams.get(&identity.connector_id).is_some()
}

/// Whether the account keeps a way to sign in without the identity `without`.
fn other_way_remains(state: &AppState, has_password: bool, identities: &[LinkedIdentity], without: &str) -> bool {
    has_password || identities.iter().any(|i| i.id != without && usable(state, i))
}

fn view_of(state: &AppState, has_password: bool, all: &[LinkedIdentity], identity: &LinkedIdentity) -> IdentityView {
    IdentityView {
        id: identity.id.clone(),
        connector_id: identity.connector_id.clone(),
        connector_name: state
            .upstreams
            .get(&identity.connector_id)
            .map_or_else(|| identity.connector_id.clone(), |c| c.name.clone()),
        email: identity.email.clone(),
        name: identity.name.clone(),
        created_at: identity.created_at,
        last_used_at: identity.last_used_at,
        can_unlink: other_way_remains(state, has_password, all, &identity.id),
    }
}

/// `GET /api/my-account/identities`.
pub async fn view(state: &AppState, caller: &Caller) -> Result<IdentitiesView> {
    let has_password = caller.user.password_hash.is_some();
    let linked = storage::identities::list_for_user(&state.db, &caller.user.id).await?;
    let connectors = social::offered(state);
    Ok(IdentitiesView {
        identities: linked
            .iter()
            .map(|i| view_of(state, has_password, &linked, i))
            .collect(),
        connectors,
    })
}

/// `POST /api/my-account/identities/social/{connectorId}/authorization-uri`: a request for the
/// provider, kept for this account, for linking only.
pub async fn authorization_uri(
    state: &AppState,
    caller: &Caller,
    connector_id: &str,
    redirect_uri: &str,
    ui_state: &str,
) -> Result<(String, String)> {
    Ok(social::begin(
        state,
        Purpose::Account,
        &caller.user.id,
        connector_id,
        redirect_uri,
        ui_state,
    )
    .await?)
}

fn notify(state: &AppState, caller: &Caller, change: IdentityChange, provider: &str, accept_language: Option<&str>) {
    if let (Some(email), true) = (&caller.user.email, caller.user.email_verified) {
        let mail = account_templates::identity_changed(caller.lang(accept_language), change, provider);
        state.mailer.send_in_background(email.clone(), mail);
    }
}

fn provider_name(state: &AppState, connector_id: &str) -> String {
    state
        .upstreams
        .get(connector_id)
        .map_or_else(|| connector_id.to_owned(), |c| c.name.clone())
}

/// The request to link an identity: the provider's answer to a request of
/// [`authorization_uri`].
pub struct LinkRequest<'a> {
    pub connector_id: &'a str,
    pub request_id: &'a str,
    pub connector_data: &'a HashMap<String, String>,
}

/// `POST /api/my-account/identities`: the provider's answer links the identity it proves.
/// One already linked, to this account or another, is refused.
pub async fn link(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    request: LinkRequest<'_>,
    accept_language: Option<&str>,
) -> Result<IdentityView> {
    verification::require(state, caller, verification_id).await?;
    let identity = social::finish(
        state,
        Purpose::Account,
        &caller.user.id,
        request.connector_id,
        request.request_id,
        request.connector_data,
    )
    .await?;
    let user_id = &caller.user.id;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let new = NewIdentity {
        user_id,
        connector_id: &identity.connector_id,
        subject: &identity.subject,
        email: identity.verified_email(),
        name: identity.name.as_deref(),
    };
    // The unique index decides between concurrent links; a refused insert ends the transaction.
    if !storage::identities::insert(&tx, new, now).await? {
        tracing::info!(user_id = %user_id, connector = %identity.connector_id, "identity already linked");
        return Err(AccountError::IdentityAlreadyLinked);
    }
    let stamp = restamp(&tx, caller).await?;
    let linked = storage::identities::list_for_user(&tx, user_id).await?;
    let ended = keep_only_caller(&tx, caller, &stamp, now).await?;
    let details = json!({"connector": identity.connector_id});
    audit::record(&tx, audit_event(caller, AuditKind::IdentityLinked).details(details)).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user_id, connector = %identity.connector_id, sessions_ended = ended, "external identity linked");
    notify(
        state,
        caller,
        IdentityChange::Linked,
        &provider_name(state, &identity.connector_id),
        accept_language,
    );
    let has_password = caller.user.password_hash.is_some();
    linked
        .iter()
        .find(|i| i.connector_id == identity.connector_id && i.subject == identity.subject)
        .map(|i| view_of(state, has_password, &linked, i))
        .ok_or(AccountError::IdentityNotFound)
}

/// A new security stamp for the user, in the transaction: the update also locks the user's
/// row, so that two changes to the account's ways of signing in never run side by side.
async fn restamp(tx: &storage::Tx, caller: &Caller) -> Result<String> {
    let stamp = random_token();
    if !storage::users::set_security_stamp(tx, &caller.user.id, &stamp).await? {
        return Err(AccountError::InvalidToken);
    }
    Ok(stamp)
}

/// `DELETE /api/my-account/identities/{id}`: refused when it is the account's last way to
/// sign in.
pub async fn unlink(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    id: &str,
    accept_language: Option<&str>,
) -> Result<()> {
    verification::require(state, caller, verification_id).await?;
    let user_id = &caller.user.id;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    // First, so that a concurrent unlink of the other identity waits for this one.
    let stamp = restamp(&tx, caller).await?;
    let user = storage::users::find(&tx, user_id)
        .await?
        .ok_or(AccountError::InvalidToken)?;
    let linked = storage::identities::list_for_user(&tx, user_id).await?;
    let identity = linked
        .iter()
        .find(|i| i.id == id)
        .ok_or(AccountError::IdentityNotFound)?;
    if !other_way_remains(state, user.password_hash.is_some(), &linked, id) {
        return Err(AccountError::LastSignInMethod);
    }
    if !storage::identities::delete(&tx, user_id, id).await? {
        return Err(AccountError::IdentityNotFound);
    }
    let ended = keep_only_caller(&tx, caller, &stamp, now).await?;
    let details = json!({"connector": identity.connector_id});
    audit::record(&tx, audit_event(caller, AuditKind::IdentityUnlinked).details(details)).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user_id, connector = %identity.connector_id, sessions_ended = ended, "external identity unlinked");
    notify(
        state,
        caller,
        IdentityChange::Unlinked,
        &provider_name(state, &identity.connector_id),
        accept_language,
    );
    Ok(())
}
