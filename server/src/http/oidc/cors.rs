//! CORS for single-page clients: the token, userinfo, revocation and introspection endpoints
//! answer the origins of registered redirect URIs; discovery and keys answer anyone. No
//! credentials (cookies) are ever allowed cross-origin.

use poem::{
    Endpoint, IntoResponse, Request, Response, Result,
    http::{HeaderValue, Method, StatusCode, header},
};

use super::internal;
use crate::{service::clients, state::AppState};

fn preflight() -> Response {
    Response::builder()
        .status(StatusCode::NO_CONTENT)
        .header(header::ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
        .header(header::ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type")
        .header(header::ACCESS_CONTROL_MAX_AGE, "600")
        .finish()
}

fn allow(mut response: Response, origin: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(origin) {
        response
            .headers_mut()
            .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
    }
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Origin"));
    response
}

/// For endpoints that answer public information.
pub async fn public<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let cross_origin = req.header(header::ORIGIN).is_some();
    if cross_origin && req.method() == Method::OPTIONS {
        return Ok(allow(preflight(), "*"));
    }
    let response = ep.call(req).await?.into_response();
    Ok(if cross_origin { allow(response, "*") } else { response })
}

/// For endpoints a single-page client calls with its tokens.
pub async fn clients_only<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let Some(origin) = req.header(header::ORIGIN).map(str::to_owned) else {
        return Ok(ep.call(req).await?.into_response());
    };
    let state = req.data::<AppState>().cloned().ok_or_else(|| internal("no state"))?;
    let known = clients::is_client_origin(&state.db, &origin).await.map_err(internal)?;
    if req.method() == Method::OPTIONS {
        return Ok(if known {
            allow(preflight(), &origin)
        } else {
            StatusCode::NO_CONTENT.into_response()
        });
    }
    let response = ep.call(req).await?.into_response();
    Ok(if known { allow(response, &origin) } else { response })
}
