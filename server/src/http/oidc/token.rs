use poem::{
    Body, IntoResponse, Request, Response, handler,
    http::StatusCode,
    web::{Data, Json},
};

use super::{form, oauth_error};
use crate::{
    service::{
        client_auth::Credentials,
        tokens::{self, TokenError, TokenRequest},
    },
    state::AppState,
};

#[handler]
pub async fn token(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let request = match parse(req, body).await {
        Ok(request) => request,
        Err(error) => return error_response(&error),
    };
    match tokens::exchange(&state, request).await {
        Ok(response) => Json(response).into_response(),
        Err(error) => error_response(&error),
    }
}

async fn parse(req: &Request, body: Body) -> Result<TokenRequest, TokenError> {
    if !form::is_form(req) {
        return Err(TokenError::InvalidRequest(
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    let body = body
        .into_string()
        .await
        .map_err(|_| TokenError::InvalidRequest("the body is not valid UTF-8"))?;
    let mut request = TokenRequest {
        credentials: Credentials {
            basic: form::basic_credentials(req).map_err(|()| TokenError::InvalidClient)?,
            ..Credentials::default()
        },
        ..TokenRequest::default()
    };
    let pairs = form::unique_pairs(&body).map_err(|_| TokenError::InvalidRequest("a parameter is repeated"))?;
    for (key, value) in pairs {
        let slot = match key.as_str() {
            "grant_type" => &mut request.grant_type,
            "code" => &mut request.code,
            "redirect_uri" => &mut request.redirect_uri,
            "code_verifier" => &mut request.code_verifier,
            "refresh_token" => &mut request.refresh_token,
            "scope" => &mut request.scope,
            "client_id" => &mut request.credentials.client_id,
            "client_secret" => &mut request.credentials.client_secret,
            _ => continue,
        };
        *slot = Some(value).filter(|v| !v.is_empty());
    }
    Ok(request)
}

fn error_response(error: &TokenError) -> Response {
    let status = match error {
        TokenError::InvalidClient => StatusCode::UNAUTHORIZED,
        TokenError::Internal(e) => {
            tracing::error!(error = %e, "token request failed");
            StatusCode::INTERNAL_SERVER_ERROR
        }
        _ => StatusCode::BAD_REQUEST,
    };
    if !matches!(error, TokenError::Internal(_)) {
        // The description is one of ours, never a value from the request.
        tracing::info!(reason = error.code(), detail = %error, "token request refused");
    }
    let description = match error {
        TokenError::Internal(_) => "internal error".to_owned(),
        other => other.to_string(),
    };
    oauth_error(status, error.code(), &description)
}
