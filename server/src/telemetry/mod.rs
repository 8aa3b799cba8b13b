//! Logs and metrics (`metrics`). Every log line written while an HTTP request is served carries
//! the request's span: its id, the client's address and, once known, the OIDC client and the
//! user.

pub mod metrics;

use std::{
    io::IsTerminal,
    net::IpAddr,
    sync::atomic::{AtomicBool, Ordering},
};

use tracing_subscriber::{EnvFilter, fmt};

use crate::config::LogSettings;

/// `log.format = "json"`, for the error that stops the process.
static JSON: AtomicBool = AtomicBool::new(false);

/// PostgreSQL's NOTICEs ("relation … already exists, skipping") tell an operator nothing, and
/// sqlx writes them at info. A filter that names sqlx itself decides alone.
const QUIET_NOTICES: &str = "sqlx::postgres::notice=warn";

/// `RUST_LOG`, when set, wins over `log.level`.
pub fn init(settings: &LogSettings) {
    let directives = std::env::var("RUST_LOG")
        .ok()
        .filter(|value| !value.trim().is_empty())
        .unwrap_or_else(|| settings.level.clone());
    let directives = if directives.contains("sqlx") {
        directives
    } else {
        format!("{directives},{QUIET_NOTICES}")
    };
    let filter = EnvFilter::try_new(directives).unwrap_or_else(|_| EnvFilter::new(format!("info,{QUIET_NOTICES}")));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let json = settings.format == "json";
    JSON.store(json, Ordering::Relaxed);
    let _ = if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder.with_ansi(std::io::stderr().is_terminal()).try_init()
    };
}

/// The span a request is served in. At error level, so that it is kept whatever level the
/// filter lets through: a warning names its request too.
pub fn request_span(request_id: &str, client_ip: Option<IpAddr>) -> tracing::Span {
    tracing::error_span!(
        "request",
        request_id,
        client_ip = client_ip.map(tracing::field::display),
        client_id = tracing::field::Empty,
        user_id = tracing::field::Empty,
    )
}

/// The OIDC client the current request is for: on every later line of the request.
pub fn record_client(client_id: &str) {
    tracing::Span::current().record("client_id", client_id);
}

/// The user the current request is for, once known: on every later line of the request.
pub fn record_user(user_id: &str) {
    tracing::Span::current().record("user_id", user_id);
}

/// The error that stops the process, on stderr: in JSON format a JSON line like the others,
/// whatever the filter (it may be off); plain text otherwise, or when the configuration that
/// says which could not be read.
pub fn fatal(error: &anyhow::Error) {
    let message = format!("{error:#}");
    if JSON.load(Ordering::Relaxed) {
        let line = serde_json::json!({
            "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            "level": "ERROR",
            "message": "gatehouse stopped",
            "error": message,
        });
        eprintln!("{line}");
    } else {
        eprintln!("gatehouse: {message}");
    }
}
