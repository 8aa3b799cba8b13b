use poem::{
    IntoResponse, handler,
    web::{Data, Json},
};
use serde_json::json;

use crate::{service::sign_in_exp::LANGUAGES, state::AppState};

/// OpenID Connect Discovery 1.0. Everything derives from `public_url`, never from the request.
#[handler]
pub fn configuration(state: Data<&AppState>) -> impl IntoResponse {
    let issuer = state.issuer();
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/auth"),
        "token_endpoint": format!("{issuer}/token"),
        "userinfo_endpoint": format!("{issuer}/me"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/session/end"),
        "revocation_endpoint": format!("{issuer}/token/revocation"),
        "introspection_endpoint": format!("{issuer}/token/introspection"),
        "scopes_supported": crate::config::KNOWN_SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256", "RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "amr", "acr", "nonce", "at_hash", "name", "preferred_username", "locale", "updated_at", "email", "email_verified"],
        "acr_values_supported": [crate::domain::authn::ACR_ONE_FACTOR, crate::domain::authn::ACR_TWO_FACTORS],
        "prompt_values_supported": ["none", "login", "consent", "select_account"],
        "ui_locales_supported": LANGUAGES,
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "authorization_response_iss_parameter_supported": true,
    }))
    .with_header("Cache-Control", "public, max-age=300")
}

/// The public signing keys; never a private member.
#[handler]
pub fn jwks(state: Data<&AppState>) -> impl IntoResponse {
    Json(state.keys().jwks().clone()).with_header("Cache-Control", "public, max-age=300")
}
