//! Cross-cutting request checks and response headers.

use poem::{
    Endpoint, Error, IntoResponse, Request, Response, Result,
    http::{Method, StatusCode, header},
    middleware::SetHeader,
};
use poem_openapi::payload::Json;

use super::error::{ApiError, ErrorBody, ErrorCode};

/// Token, userinfo and Experience API answers must never be cached (RFC 6749 section 5.1).
pub fn no_store() -> SetHeader {
    SetHeader::new()
        .overriding(header::CACHE_CONTROL, "no-store")
        .overriding(header::PRAGMA, "no-cache")
}

const STRICT_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// The API browser draws itself with inline scripts and styles.
const DOCS_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

pub async fn security_headers<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let csp = if req.uri().path().starts_with("/api/docs") {
        DOCS_CSP
    } else {
        STRICT_CSP
    };
    let mut response = ep
        .call(req)
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static(csp));
    headers.insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, header::HeaderValue::from_static("DENY"));
    Ok(response)
}

/// One line per request, with the path but never the query: authorization responses carry
/// codes and logout requests ID tokens there.
pub async fn access_log<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let started = std::time::Instant::now();
    let response = ep
        .call(req)
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    tracing::info!(
        %method,
        %path,
        status = response.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    Ok(response)
}

/// Refuses bodies above `max` with 413: at once when `Content-Length` says so, otherwise
/// (chunked bodies) by reading at most `max` bytes before the handler sees the body.
pub async fn limit_body<E: Endpoint>(ep: E, mut req: Request, max: usize) -> Result<Response> {
    let declared = req
        .header(header::CONTENT_LENGTH)
        .map(|v| {
            v.parse::<usize>()
                .map_err(|_| Error::from_status(StatusCode::BAD_REQUEST))
        })
        .transpose()?;
    match declared {
        Some(length) if length > max => {
            return Err(Error::from_status(StatusCode::PAYLOAD_TOO_LARGE));
        }
        Some(_) => {}
        None if req.header(header::TRANSFER_ENCODING).is_some() => {
            let bytes = req
                .take_body()
                .into_bytes_limit(max)
                .await
                .map_err(|_| Error::from_status(StatusCode::PAYLOAD_TOO_LARGE))?;
            req.set_body(bytes);
        }
        None => {}
    }
    ep.call(req).await.map(IntoResponse::into_response)
}

/// The Experience API answers its own origin only. Browsers send `Origin` on every
/// state-changing fetch; a foreign one (or a cross-site fetch) is refused before any work.
pub fn same_origin(public_url: &str) -> impl Fn(&Request) -> bool + Clone + Send + Sync + 'static {
    let origin = url::Url::parse(public_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    move |req: &Request| {
        if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
            return true;
        }
        let cross_site = req.header("sec-fetch-site").is_some_and(|v| v == "cross-site");
        let foreign = req.header(header::ORIGIN).is_some_and(|o| o != origin);
        !(cross_site || foreign)
    }
}

/// Errors raised outside our handlers (unknown path, wrong method, body too large) get the
/// same JSON shape as the rest of the API.
pub async fn api_errors<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    match ep.call(req).await {
        Ok(response) => Ok(response.into_response()),
        // Our own ApiError answers arrive as errors carrying their JSON response.
        Err(error) if error.is_from_response() => Ok(error.into_response()),
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
