use poem::{
    Body, IntoResponse, Request, Response, handler,
    http::{StatusCode, header},
    web::{Data, Json},
};

use super::form;
use crate::{
    service::userinfo::{self, UserInfoError},
    state::AppState,
};

#[handler]
pub async fn userinfo_get(state: Data<&AppState>, req: &Request) -> Response {
    respond(userinfo::userinfo(&state, form::bearer(req).as_deref()).await)
}

/// RFC 6750 allows the token in the header or, for POST, in the form body.
#[handler]
pub async fn userinfo_post(state: Data<&AppState>, req: &Request, body: Body) -> Response {
    let mut token = form::bearer(req);
    if token.is_none() && form::is_form(req) {
        let body = body.into_string().await.unwrap_or_default();
        token = form::pairs(&body)
            .into_iter()
            .find(|(k, _)| k == "access_token")
            .map(|(_, v)| v);
    }
    respond(userinfo::userinfo(&state, token.as_deref()).await)
}

fn respond(result: Result<serde_json::Map<String, serde_json::Value>, UserInfoError>) -> Response {
    let (status, challenge) = match result {
        Ok(claims) => return Json(claims).into_response(),
        Err(UserInfoError::MissingToken) => (StatusCode::UNAUTHORIZED, "Bearer realm=\"gatehouse\""),
        Err(UserInfoError::InvalidToken) => {
            tracing::info!(reason = "invalid_token", "userinfo refused");
            (
                StatusCode::UNAUTHORIZED,
                "Bearer realm=\"gatehouse\", error=\"invalid_token\"",
            )
        }
        Err(UserInfoError::InsufficientScope) => {
            tracing::info!(reason = "insufficient_scope", "userinfo refused");
            (
                StatusCode::FORBIDDEN,
                "Bearer realm=\"gatehouse\", error=\"insufficient_scope\", scope=\"openid\"",
            )
        }
        Err(UserInfoError::Internal(e)) => {
            tracing::error!(error = %e, "userinfo failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut response = status.into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static(challenge));
    response
}
