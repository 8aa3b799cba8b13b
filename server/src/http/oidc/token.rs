use base64::{Engine, engine::general_purpose::STANDARD};
use poem::{
    Body, IntoResponse, Request, Response, handler,
    http::{StatusCode, header},
    web::{Data, Json},
};
use serde_json::json;

use super::form;
use crate::{
    service::tokens::{self, TokenError, TokenRequest},
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
        basic: basic_credentials(req)?,
        ..TokenRequest::default()
    };
    let mut seen = std::collections::HashSet::new();
    for (key, value) in form::pairs(&body) {
        // RFC 6749 section 3.2: parameters must not be repeated.
        if !seen.insert(key.clone()) {
            return Err(TokenError::InvalidRequest("a parameter is repeated"));
        }
        let slot = match key.as_str() {
            "grant_type" => &mut request.grant_type,
            "code" => &mut request.code,
            "redirect_uri" => &mut request.redirect_uri,
            "code_verifier" => &mut request.code_verifier,
            "refresh_token" => &mut request.refresh_token,
            "scope" => &mut request.scope,
            "client_id" => &mut request.client_id,
            "client_secret" => &mut request.client_secret,
            _ => continue,
        };
        *slot = Some(value).filter(|v| !v.is_empty());
    }
    Ok(request)
}

/// `Authorization: Basic` with form-encoded id and secret (RFC 6749 section 2.3.1).
fn basic_credentials(req: &Request) -> Result<Option<(String, String)>, TokenError> {
    let Some(value) = req.header(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let Some((scheme, encoded)) = value.split_once(' ') else {
        return Err(TokenError::InvalidClient);
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(TokenError::InvalidClient);
    }
    let decoded = STANDARD
        .decode(encoded.trim())
        .map_err(|_| TokenError::InvalidClient)?;
    let decoded = String::from_utf8(decoded).map_err(|_| TokenError::InvalidClient)?;
    let (id, secret) = decoded.split_once(':').ok_or(TokenError::InvalidClient)?;
    let decode = |s: &str| {
        url::form_urlencoded::parse(format!("v={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Ok(Some((decode(id), decode(secret))))
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
    let description = match error {
        TokenError::Internal(_) => "internal error".to_owned(),
        other => other.to_string(),
    };
    let mut response = Json(json!({ "error": error.code(), "error_description": description }))
        .with_status(status)
        .into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Basic realm=\"gatehouse\""),
        );
    }
    response
}
