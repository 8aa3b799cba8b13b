//! Cross-cutting request checks and response headers.

use std::{sync::Arc, time::Duration};

use poem::{
    Endpoint, Error, IntoResponse, Request, Response, Result, error::ReadBodyError, http::header, middleware::SetHeader,
};
use poem_openapi::payload::Json;
use tracing::Instrument;

use super::error::{ApiError, ErrorBody, ErrorCode};
use crate::{service::audit, state::AppState, telemetry};

const REQUEST_ID: &str = "x-request-id";
/// Longer ids, or ids with spaces or control characters, are not taken from a proxy.
const MAX_REQUEST_ID: usize = 128;

/// Token, userinfo and Experience API answers must never be cached (RFC 6749 section 5.1).
pub fn no_store() -> SetHeader {
    SetHeader::new()
        .overriding(header::CACHE_CONTROL, "no-store")
        .overriding(header::PRAGMA, "no-cache")
}

/// The pages' policy; `images` adds the origins of the connectors' logos to `img-src`.
pub fn strict_csp(images: &[String]) -> String {
    let mut img_src = String::from("'self' data:");
    for origin in images {
        img_src.push(' ');
        img_src.push_str(origin);
    }
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src {img_src}; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}
/// The API browser draws itself with inline scripts and styles.
const DOCS_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/// A year, the usual value; no `includeSubDomains`: Gatehouse speaks for its own host only.
const HSTS: &str = "max-age=31536000";

/// Sets the headers every answer carries. A page that sets its own CSP keeps it (the logout
/// confirmation widens `form-action` to the client's post-logout origin). `hsts`: `public_url`
/// is https, so browsers are told to use nothing else.
pub async fn security_headers<E: Endpoint>(ep: E, req: Request, hsts: bool, strict: Arc<str>) -> Result<Response> {
    let csp: &str = if req.uri().path().starts_with("/api/docs") {
        DOCS_CSP
    } else {
        &strict
    };
    let mut response = ep
        .call(req)
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(header::HeaderValue::from_str(csp).unwrap_or(header::HeaderValue::from_static(DOCS_CSP)));
    headers.insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, header::HeaderValue::from_static("DENY"));
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            header::HeaderValue::from_static(HSTS),
        );
    }
    Ok(response)
}

/// Serves the request in its span (see [`telemetry::request_span`]) and names its id in the
/// answer. The id is a trusted proxy's `X-Request-Id`, so that one id follows the request
/// through the proxy's logs and ours; anyone else's is replaced, as anyone can send one.
pub async fn request_context<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let (request_id, client_ip) = match req.data::<AppState>() {
        Some(state) => {
            let trusted = req
                .remote_addr()
                .as_socket_addr()
                .is_some_and(|peer| state.proxies.trusts(peer.ip().to_canonical()));
            let forwarded = req.header(REQUEST_ID).filter(|id| trusted && valid_request_id(id));
            (forwarded.map(str::to_owned), super::client_ip(state, &req))
        }
        None => (None, None),
    };
    let request_id = request_id.unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    let span = telemetry::request_span(&request_id, client_ip);
    // The audit log reads the client from here, so that no service has to pass it along.
    let meta = audit::RequestMeta {
        ip: client_ip,
        user_agent: req.header(header::USER_AGENT).map(str::to_owned),
    };
    let mut response = audit::in_request(meta, ep.call(req).instrument(span))
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    if let Ok(value) = header::HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    Ok(response)
}

fn valid_request_id(id: &str) -> bool {
    (1..=MAX_REQUEST_ID).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_graphic())
}

/// One line per request, with the path but never the query: authorization responses carry
/// codes and logout requests ID tokens there. Probes, asked every few seconds, at debug.
pub async fn access_log<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let started = std::time::Instant::now();
    let response = ep
        .call(req)
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    let status = response.status().as_u16();
    let micros = started.elapsed().as_micros() as u64;
    if matches!(path.as_str(), "/healthz" | "/readyz") {
        tracing::debug!(%method, %path, status, micros, "request");
    } else {
        tracing::info!(%method, %path, status, micros, "request");
    }
    Ok(response)
}

/// Reads the body whole, `max` bytes at most, before anything else sees it: a larger one gets
/// 413 as soon as it is known to be larger (at once when `Content-Length` says so), whatever
/// the protocol says or does not say about its length.
pub async fn limit_body<E: Endpoint>(ep: E, mut req: Request, max: usize) -> Result<Response> {
    let api = is_api(&req);
    let declared = req.header(header::CONTENT_LENGTH).map(str::parse::<u64>);
    match declared {
        Some(Err(_)) => return Ok(refusal(api, ErrorCode::RequestInvalidBody, "bad Content-Length")),
        Some(Ok(length)) if length > max as u64 => return Ok(too_large(api, max)),
        _ => {}
    }
    let body = req.take_body();
    if !body.is_empty() {
        match body.into_bytes_limit(max).await {
            Ok(bytes) => req.set_body(bytes),
            Err(ReadBodyError::PayloadTooLarge) => return Ok(too_large(api, max)),
            Err(_) => {
                return Ok(refusal(
                    api,
                    ErrorCode::RequestInvalidBody,
                    "the body could not be read",
                ));
            }
        }
    }
    ep.call(req).await.map(IntoResponse::into_response)
}

fn too_large(api: bool, max: usize) -> Response {
    refusal(
        api,
        ErrorCode::RequestPayloadTooLarge,
        &format!("the body is larger than {max} bytes"),
    )
}

/// Ends a request, reading its body included, that takes longer than `limit`, with 503: the
/// client may try again, and a client that sends slowly cannot hold a handler.
pub async fn request_timeout<E: Endpoint>(ep: E, req: Request, limit: Duration) -> Result<Response> {
    let api = is_api(&req);
    match tokio::time::timeout(limit, ep.call(req)).await {
        Ok(result) => result.map(IntoResponse::into_response),
        Err(_) => {
            tracing::warn!("request timed out");
            Ok(refusal(api, ErrorCode::RequestTimeout, "the request took too long"))
        }
    }
}

fn is_api(req: &Request) -> bool {
    let path = req.uri().path();
    path == "/api" || path.starts_with("/api/")
}

/// For guards that run before routing: the Experience API's JSON shape under `/api`, a bare
/// status elsewhere.
fn refusal(api: bool, code: ErrorCode, message: &str) -> Response {
    if api {
        ApiError::new(code, message).into_response()
    } else {
        Error::from_status(code.status()).into_response()
    }
}

/// Errors raised outside our handlers (unknown path, wrong method, a body poem-openapi refuses) get the
/// same JSON shape as the rest of the API.
pub async fn api_errors<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let admin = req.uri().path().starts_with("/api/admin/");
    match ep.call(req).await {
        Ok(response) => Ok(response.into_response()),
        // Our own ApiError answers arrive as errors carrying their JSON response.
        Err(error) if error.is_from_response() => Ok(error.into_response()),
        // The account or administration API's bearer token is missing or is not one.
        Err(error) if error.is::<poem_openapi::error::AuthorizationError>() => {
            let code = if admin {
                ErrorCode::AdminInvalidToken
            } else {
                ErrorCode::AccountInvalidToken
            };
            Ok(ApiError::new(code, "no bearer access token was presented").into_response())
        }
        Err(error) => {
            let status = error.status();
            let code = ErrorCode::from_status(status);
            let message = if status.is_server_error() {
                tracing::error!(error = %error, "API request failed");
                "internal error".to_owned()
            } else {
                error.to_string()
            };
            Ok(Json(ErrorBody {
                code,
                message,
                details: None,
            })
            .with_status(status)
            .into_response())
        }
    }
}

pub fn forbidden_origin() -> Response {
    ApiError::new(
        ErrorCode::RequestForbiddenOrigin,
        "cross-origin requests are not accepted",
    )
    .into_response()
}
