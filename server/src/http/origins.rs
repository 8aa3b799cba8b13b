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
