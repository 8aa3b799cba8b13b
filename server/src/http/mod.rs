//! HTTP: poem and poem-openapi only. Handlers extract, call one service function and map the
//! result.

mod account;
mod admin;
mod client;
pub mod contract;
pub mod cookies;
pub mod error;
pub mod experience;
mod guards;
mod latency;
mod mfa_error;
mod oidc;
mod ops;
mod origins;
mod pages;
mod social_error;
mod ui;

use poem::{Endpoint, EndpointExt, Route, get, middleware::CookieJarManager};
use poem_openapi::OpenApiService;

pub(crate) use self::client::client_ip;
use crate::state::AppState;

type Apis = (
    experience::ExperienceApi,
    experience::VerificationApi,
    experience::MfaApi,
    experience::SocialApi,
    account::AccountApi,
    account::AccountMfaApi,
    account::AccountIdentitiesApi,
    admin::AdminApplicationsApi,
    admin::AdminSystemApi,
    admin::AdminAuditApi,
    admin::AdminUsersApi,
    admin::AdminInvitationsApi,
);

pub fn api_service() -> OpenApiService<Apis, ()> {
    OpenApiService::new(
        (
            experience::ExperienceApi,
            experience::VerificationApi,
            experience::MfaApi,
            experience::SocialApi,
            account::AccountApi,
            account::AccountMfaApi,
            account::AccountIdentitiesApi,
            admin::AdminApplicationsApi,
            admin::AdminSystemApi,
            admin::AdminAuditApi,
            admin::AdminUsersApi,
            admin::AdminInvitationsApi,
        ),
        "Gatehouse Experience API",
        env!("CARGO_PKG_VERSION"),
    )
    .description(
        "Drives sign-in from any UI. Every call sends the `gatehouse_interaction` cookie set by \
             `/oidc/auth`; `GET /api/experience/interaction` says what comes next. Errors are \
             `{code, message, details?}` with a stable dotted `code`. `/api/my-account` is the \
             account API: it takes a bearer access token instead of the cookie. `/api/admin` is the \
             administration API, for back offices: a client-credentials token of the scope `admin`.",
    )
}

/// The OpenAPI document, as `gatehouse export-openapi` writes it.
pub fn openapi_json() -> String {
    contract::document(&api_service().spec())
}

/// The origins of the connectors' logos, which the sign-in page shows (`data:` logos need none).
fn logo_origins(state: &AppState) -> Vec<String> {
    let mut origins: Vec<String> = state
        .upstreams
        .connectors()
        .iter()
        .filter_map(|c| url::Url::parse(c.logo_url.as_deref()?).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|u| u.origin().ascii_serialization())
        .collect();
    origins.sort();
    origins.dedup();
    origins
}

/// The listener of `metrics.listen`: `/metrics` alone.
pub fn metrics_routes(state: AppState) -> impl Endpoint {
    let metrics = state.metrics.clone();
    Route::new()
        .at("/metrics", get(ops::metrics))
        .around(move |ep, req| latency::observe(ep, req, metrics.clone()))
        .around(guards::access_log)
        .data(state)
}

pub fn routes(state: AppState) -> impl Endpoint {
    let api = api_service();
    let docs = api.swagger_ui();
    let spec = openapi_json();
    let spec = get(poem::endpoint::make_sync(move |_| {
        poem::Response::builder()
            .content_type("application/json; charset=utf-8")
            .body(spec.clone())
    }));
    let origins = origins::ExperienceOrigins::new(state.settings.experience_origins());
    // The account API takes a bearer token, which a browser never sends by itself: no
    // cross-site request can forge a call, so it answers first-party clients' origins instead.
    let experience = api
        .with(guards::no_store())
        .around(guards::api_errors)
        .around(admin::refuse_nulls)
        .around(move |ep, req| origins::guard_api(ep, req, origins.clone()))
        .around(contract::watch);
    let mut app = Route::new()
        .at("/healthz", get(ops::healthz))
        .at("/readyz", get(ops::readyz))
        .nest("/oidc", oidc::routes())
        .at("/api/openapi.json", spec)
        .nest_no_strip("/api", experience)
        .nest_no_strip("/assets", get(ui::asset));
    // With `metrics.listen`, /metrics is served there and nowhere else.
    if state.settings.metrics.listen.is_none() {
        app = app.at("/metrics", get(ops::metrics));
    }
    let endpoints = &state.settings.endpoints;
    if endpoints.api_docs {
        app = app.nest("/api/docs", docs);
    }
    let demo: &[&str] = if endpoints.demo_page { &ui::DEMO_ROUTES } else { &[] };
    let account: &[&str] = if state.settings.account.enabled {
        &ui::ACCOUNT_ROUTES
    } else {
        &[]
    };
    for route in ui::APP_ROUTES.iter().chain(demo).chain(account) {
        app = app.at(*route, get(ui::index));
    }
    // Where external providers send the browser back (`{public_url}/callback/{connectorId}`).
    app = app.at("/callback/:connector_id", get(ui::index));
    app = app.at("/*rest", get(ui::not_found));
    let http = &state.settings.http;
    let (max_body, request_timeout) = (http.max_body_bytes, http.request_timeout.get());
    let hsts = state.settings.public_url.starts_with("https://");
    let strict_csp: std::sync::Arc<str> = guards::strict_csp(&logo_origins(&state)).into();
    let metrics = state.metrics.clone();
    app.with(CookieJarManager::new())
        .around(move |ep, req| guards::limit_body(ep, req, max_body))
        .around(move |ep, req| guards::request_timeout(ep, req, request_timeout))
        .around(move |ep, req| guards::security_headers(ep, req, hsts, strict_csp.clone()))
        .around(move |ep, req| latency::observe(ep, req, metrics.clone()))
        .around(guards::access_log)
        .around(guards::request_context)
        .data(state)
}
