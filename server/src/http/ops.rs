//! Endpoints for operators: liveness, readiness, metrics.

use poem::{IntoResponse, Response, handler, http::StatusCode, web::Data};

use crate::{state::AppState, storage};

/// The process answers: nothing else is checked (also the trivial route of `make bench`).
#[handler]
pub fn healthz() -> &'static str {
    "ok"
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
    let body = format!(
        "# HELP gatehouse_db_statements_total SQL statements sent to the database.\n\
         # TYPE gatehouse_db_statements_total counter\n\
         gatehouse_db_statements_total {}\n",
        state.statements.get()
    );
    Response::builder()
        .content_type("text/plain; version=0.0.4")
        .header("Cache-Control", "no-store")
        .body(body)
}
