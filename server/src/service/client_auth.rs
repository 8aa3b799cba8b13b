//! Client authentication at the token, revocation and introspection endpoints.

use crate::{domain::client::Client, service::InternalError, state::AppState, storage};

/// How the client presented itself.
#[derive(Debug, Default, Clone)]
pub struct Credentials {
    /// `client_id` of the form.
    pub client_id: Option<String>,
    /// `client_secret` of the form (client_secret_post).
    pub client_secret: Option<String>,
    /// `Authorization: Basic` (client_secret_basic).
    pub basic: Option<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ClientAuthError {
    #[error("use one client authentication method")]
    MultipleMethods,
    #[error("client authentication failed")]
    Failed,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

/// client_secret_basic, client_secret_post, or a public client naming itself. A confidential
/// client must authenticate; a public one must not present a secret.
pub async fn authenticate(state: &AppState, credentials: &Credentials) -> Result<Client, ClientAuthError> {
    let (client_id, secret) = match (&credentials.basic, &credentials.client_secret) {
        (Some(_), Some(_)) => return Err(ClientAuthError::MultipleMethods),
        (Some((id, secret)), None) => {
            if credentials.client_id.as_ref().is_some_and(|form_id| form_id != id) {
                return Err(ClientAuthError::Failed);
            }
            (id.as_str(), Some(secret.as_str()))
        }
        (None, secret) => {
            let id = credentials.client_id.as_deref().ok_or(ClientAuthError::Failed)?;
            (id, secret.as_deref())
        }
    };
    let client = storage::clients::find(&state.db, client_id)
        .await
        .map_err(InternalError::from)?
        .ok_or(ClientAuthError::Failed)?;
    let authenticated = match secret {
        Some(secret) => client.secret_matches(secret),
        None => client.is_public(),
    };
    if authenticated {
        Ok(client)
    } else {
        Err(ClientAuthError::Failed)
    }
}
