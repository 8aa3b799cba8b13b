//! Which pages may drive the Experience API. Browsers send `Origin` on every state-changing
//! fetch: one not listed in `Settings::experience_origins` (or any cross-site fetch) is refused
//! before any work. A custom UI hosted at a listed origin of its own gets CORS with
//! credentials, so that its fetches carry the interaction cookie; nobody else gets CORS.

use std::sync::Arc;

use poem::{
    Endpoint, IntoResponse, Request, Response, Result,
    http::{HeaderValue, Method, StatusCode, header},
};

use super::guards;
use crate::{state::AppState, storage};

#[derive(Clone)]
pub struct ExperienceOrigins(Arc<[String]>);

impl ExperienceOrigins {
    pub fn new(origins: Vec<String>) -> Self {
        Self(origins.into())
    }

    fn allows(&self, origin: &str) -> bool {
        self.0.iter().any(|o| o == origin)
    }
}

fn with_cors(mut response: Response, origin: &str) -> Response {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(origin) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
            HeaderValue::from_static("true"),
        );
    }
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    response
}

fn preflight(origin: &str) -> Response {
    let response = Response::builder()
        .status(StatusCode::NO_CONTENT)
        .header(header::ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT")
        .header(header::ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type")
        .header(header::ACCESS_CONTROL_MAX_AGE, "600")
        .finish();
    with_cors(response, origin)
}

pub async fn guard<E: Endpoint>(ep: E, req: Request, origins: ExperienceOrigins) -> Result<Response> {
    let origin = req.header(header::ORIGIN).map(str::to_owned);
    let listed = origin.as_deref().filter(|o| origins.allows(o));
    if let Some(origin) = listed
        && req.method() == Method::OPTIONS
        && req.header(header::ACCESS_CONTROL_REQUEST_METHOD).is_some()
    {
        return Ok(preflight(origin));
    }
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let cross_site = req.header("sec-fetch-site").is_some_and(|v| v == "cross-site");
    if !safe && (cross_site || (origin.is_some() && listed.is_none())) {
        return Ok(guards::forbidden_origin());
    }
    let response = ep.call(req).await?.into_response();
    Ok(match listed {
        Some(origin) => with_cors(response, origin),
        None => response,
    })
}

/// The account API gets [`account_cors`], the Experience API [`guard`]. The administration API
/// is for servers, not pages: no CORS at all, and a bearer token no browser sends by itself.
pub async fn guard_api<E: Endpoint>(ep: E, req: Request, origins: ExperienceOrigins) -> Result<Response> {
    if req.uri().path().starts_with("/api/admin/") {
        Ok(ep.call(req).await?.into_response())
    } else if req.uri().path().starts_with("/api/my-account") {
        account_cors(ep, req).await
    } else {
        guard(ep, req, origins).await
    }
}

/// CORS for the account API: the origins of first-party clients' redirect URIs, without
/// credentials (the token is the credential).
pub async fn account_cors<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let Some(origin) = req.header(header::ORIGIN).map(str::to_owned) else {
        return Ok(ep.call(req).await?.into_response());
    };
    let known = match req.data::<AppState>() {
        Some(state) => storage::clients::first_party_redirect_origins(&state.db)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "cannot read client origins");
                poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR)
            })?
            .contains(&origin),
        None => false,
    };
    if req.method() == Method::OPTIONS && req.header(header::ACCESS_CONTROL_REQUEST_METHOD).is_some() {
        let mut response = StatusCode::NO_CONTENT.into_response();
        if known {
            let headers = response.headers_mut();
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static("GET, POST, PUT, PATCH, DELETE"),
            );
            headers.insert(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static("Authorization, Content-Type, Gatehouse-Verification-Id"),
            );
            headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        }
        return Ok(allow_origin(response, known.then_some(origin.as_str())));
    }
    let response = ep.call(req).await?.into_response();
    Ok(allow_origin(response, known.then_some(origin.as_str())))
}

fn allow_origin(mut response: Response, origin: Option<&str>) -> Response {
    let headers = response.headers_mut();
    if let Some(value) = origin.and_then(|o| HeaderValue::from_str(o).ok()) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("WWW-Authenticate, Retry-After"),
        );
    }
    headers.append(header::VARY, HeaderValue::from_static("Origin"));
    response
}
