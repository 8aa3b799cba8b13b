//! `/oidc/token/revocation` (RFC 7009) and `/oidc/token/introspection` (RFC 7662).

use poem::{
    Body, IntoResponse, Request, Response, handler,
    http::StatusCode,
    web::{Data, Json},
};

use super::{form, oauth_error};
use crate::{
    service::{
        client_auth::{ClientAuthError, Credentials},
        revocation,
    },
    state::AppState,
};

struct Parsed {
    credentials: Credentials,
    token: Option<String>,
}

async fn parse(req: &Request, body: Body) -> Result<Parsed, Response> {
    if !form::is_form(req) {
        return Err(oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body must be a form",
        ));
    }
    let basic = form::basic_credentials(req).map_err(|_| client_error(&ClientAuthError::Failed))?;
    let body = body
        .into_string()
        .await
        .map_err(|_| oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "unreadable body"))?;
    let mut parsed = Parsed {
        credentials: Credentials {
            basic,
            ..Credentials::default()
        },
        token: None,
    };
    for (key, value) in form::unique_pairs(&body).map_err(|key| {
        oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &format!("{key} is repeated"),
        )
    })? {
        match key.as_str() {
            "client_id" => parsed.credentials.client_id = Some(value),
            "client_secret" => parsed.credentials.client_secret = Some(value),
            "token" => parsed.token = Some(value).filter(|v| !v.is_empty()),
            _ => {}
        }
    }
    Ok(parsed)
}

fn client_error(error: &ClientAuthError) -> Response {
    match error {
        ClientAuthError::MultipleMethods => oauth_error(StatusCode::BAD_REQUEST, "invalid_request", &error.to_string()),
        ClientAuthError::Failed => oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", &error.to_string()),
        ClientAuthError::Internal(e) => {
            tracing::error!(error = %e, "token endpoint failed");
            oauth_error(StatusCode::INTERNAL_SERVER_ERROR, "server_error", "internal error")
        }
    }
}

#[handler]
pub async fn revoke(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let parsed = match parse(req, body).await {
        Ok(parsed) => parsed,
        Err(response) => return response,
    };
    let Some(token) = parsed.token else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "token is required");
    };
    match revocation::revoke(&state, &parsed.credentials, &token).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(e) => client_error(&e),
    }
}

#[handler]
pub async fn introspect(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let parsed = match parse(req, body).await {
        Ok(parsed) => parsed,
        Err(response) => return response,
    };
    let Some(token) = parsed.token else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "token is required");
    };
    match revocation::introspect(&state, &parsed.credentials, &token).await {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => client_error(&e),
    }
}
