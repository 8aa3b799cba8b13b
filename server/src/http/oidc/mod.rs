//! `/oidc/*`: OpenID Connect and OAuth 2.0 endpoints, written as plain poem handlers over our
//! own storage (their contract is the OIDC specs, not our OpenAPI document).

mod authorize;
mod cors;
mod discovery;
mod form;
mod logout;
mod revocation;
mod token;
mod userinfo;

use poem::{
    EndpointExt, IntoResponse, Response, Route, get,
    http::{StatusCode, header},
    post,
    web::Json,
};
use serde_json::json;

use super::guards::no_store;

pub fn routes() -> Route {
    Route::new()
        .at(
            "/.well-known/openid-configuration",
            get(discovery::configuration).around(cors::public),
        )
        .at("/jwks", get(discovery::jwks).around(cors::public))
        .at("/auth", get(authorize::authorization).post(authorize::authorization))
        .at("/auth/resume", get(authorize::resume))
        .at("/token", post(token::token).with(no_store()).around(cors::clients_only))
        .at(
            "/token/revocation",
            post(revocation::revoke).with(no_store()).around(cors::clients_only),
        )
        .at(
            "/token/introspection",
            post(revocation::introspect).with(no_store()).around(cors::clients_only),
        )
        .at(
            "/me",
            get(userinfo::userinfo_get)
                .post(userinfo::userinfo_post)
                .with(no_store())
                .around(cors::clients_only),
        )
        .at("/session/end", get(logout::end_session).post(logout::end_session))
        .at("/session/end/confirm", post(logout::confirm))
}

/// An RFC 6749 section 5.2 error body; 401 answers carry the Basic challenge.
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let mut response = Json(json!({ "error": error, "error_description": description }))
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

/// 303, so a form-posted request is followed by a GET.
fn redirect(location: &str) -> Response {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, location)
        .header(header::CACHE_CONTROL, "no-store")
        .finish()
}

/// An unexpected failure: logged here, a bare 500 for the browser.
fn internal(e: impl std::fmt::Display) -> poem::Error {
    tracing::error!(error = %e, "OIDC request failed");
    poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR)
}
