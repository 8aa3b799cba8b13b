//! An administrator's changes to applications: the client service's use cases, each recorded in
//! the audit log with the admin client that made it.

use serde_json::json;

use super::AdminCaller;
use crate::{
    domain::app_policy::{AppPolicy, PolicyDraft},
    service::{
        app_policy::{self, AppPolicyError},
        clients::{self, ClientAdminError, ClientPatch, CreatedClient, NewClient, Source},
    },
    state::AppState,
    storage::clients::Listed,
};

async fn record(state: &AppState, caller: &AdminCaller, action: &'static str, application: &str) {
    super::audited(state, caller, action, None, json!({ "application": application })).await;
}

pub async fn create(
    state: &AppState,
    caller: &AdminCaller,
    new: NewClient,
) -> Result<(Listed, CreatedClient), ClientAdminError> {
    let created = clients::create(&state.db, new, Source::Api).await?;
    record(state, caller, "application.created", &created.client_id).await;
    Ok((clients::get(&state.db, &created.client_id).await?, created))
}

pub async fn update(
    state: &AppState,
    caller: &AdminCaller,
    id: &str,
    patch: ClientPatch,
) -> Result<Listed, ClientAdminError> {
    let updated = clients::update(&state.db, id, patch).await?;
    record(state, caller, "application.updated", id).await;
    Ok(updated)
}

pub async fn rotate_secret(state: &AppState, caller: &AdminCaller, id: &str) -> Result<String, ClientAdminError> {
    let secret = clients::rotate_secret(&state.db, id).await?;
    record(state, caller, "application.secret_rotated", id).await;
    Ok(secret)
}

pub async fn delete(state: &AppState, caller: &AdminCaller, id: &str) -> Result<(), ClientAdminError> {
    clients::delete(&state.db, id).await?;
    record(state, caller, "application.deleted", id).await;
    Ok(())
}

/// Replaces the application's sign-in policy.
pub async fn put_policy(
    state: &AppState,
    caller: &AdminCaller,
    id: &str,
    draft: PolicyDraft,
) -> Result<AppPolicy, AppPolicyError> {
    let policy = app_policy::put(state, id, draft).await?;
    record(state, caller, "application.policy_changed", id).await;
    Ok(policy)
}
