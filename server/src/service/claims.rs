//! The standard claims of a user, as the granted scopes release them (OIDC Core 5.4).

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::{crypto::jwt, domain::user::User, state::AppState};

/// What an `id_token_hint` says: whom the client believes signed in, and the client.
#[derive(Debug, Deserialize)]
pub struct IdTokenHint {
    pub sub: String,
    pub aud: String,
}

/// Checks an ID token we issued, given back as a hint. An expired one still says who the
/// client believes is signed in, so expiry is not checked.
pub fn id_token_hint(state: &AppState, token: &str) -> Option<IdTokenHint> {
    jwt::verify_ignoring_expiry(&state.keys(), token, "JWT", &state.issuer()).ok()
}

pub fn for_scopes(user: &User, scopes: &[&str]) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sub".into(), json!(user.id));
    if scopes.contains(&"profile") {
        if let Some(name) = &user.name {
            claims.insert("name".into(), json!(name));
        }
        if let Some(username) = &user.username {
            claims.insert("preferred_username".into(), json!(username));
        }
        if let Some(locale) = &user.locale {
            claims.insert("locale".into(), json!(locale));
        }
        claims.insert("updated_at".into(), json!(user.updated_at.timestamp()));
    }
    if scopes.contains(&"email")
        && let Some(email) = &user.email
    {
        claims.insert("email".into(), json!(email));
        claims.insert("email_verified".into(), json!(user.email_verified));
    }
    claims
}
