//! Endpoints for operators: liveness, readiness, metrics.

use poem::{IntoResponse, Response, handler, http::StatusCode, web::Data};

use crate::{state::AppState, storage, telemetry::metrics::counter};

/// The process answers: nothing else is checked (also the trivial route of `make bench`). The
/// version tells an operator which binary a rolling upgrade has reached.
#[handler]
pub fn healthz() -> Response {
    Response::builder()
        .content_type("text/plain; charset=utf-8")
        .header("Gatehouse-Version", env!("CARGO_PKG_VERSION"))
        .body("ok")
}

/// The database answers too.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    match storage::ping(&state.db).await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[handler]
pub fn metrics(state: Data<&AppState>) -> Response {
    if !state.settings.metrics.enabled {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut body = String::new();
    counter(
        &mut body,
        "gatehouse_db_statements_total",
        "SQL statements sent to the database.",
        state.statements.get(),
    );
    counter(
        &mut body,
        "gatehouse_undeclared_error_codes_total",
        "Error answers with a code the OpenAPI document does not declare for their route.",
        state.undeclared_codes.count(),
    );
    state.metrics.render(&mut body);
    Response::builder()
        .content_type("text/plain; version=0.0.4")
        .header("Cache-Control", "no-store")
        .body(body)
}
