//! HTTP: poem and poem-openapi only. Handlers extract, call one service function and map the
//! result.

pub mod cookies;
pub mod error;
pub mod experience;
mod guards;
mod oidc;
mod ops;
mod pages;
mod ui;

use poem::{Endpoint, EndpointExt, IntoResponse, Route, get, middleware::CookieJarManager};
use poem_openapi::OpenApiService;

use crate::state::AppState;

/// Bodies above this are refused with 413 before they are read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn api_service() -> OpenApiService<(experience::ExperienceApi, experience::VerificationApi), ()> {
    OpenApiService::new(
        (experience::ExperienceApi, experience::VerificationApi),
        "Gatehouse Experience API",
        env!("CARGO_PKG_VERSION"),
    )
    .description(
        "Drives sign-in from any UI. Every call sends the `gatehouse_interaction` cookie set by \
             `/oidc/auth`; `GET /api/experience/interaction` says what comes next. Errors are \
             `{code, message, details?}` with a stable dotted `code`.",
    )
}

/// The OpenAPI document, as `gatehouse export-openapi` writes it.
pub fn openapi_json() -> String {
    api_service().spec()
}

pub fn routes(state: AppState) -> impl Endpoint {
    let api = api_service();
    let docs = api.swagger_ui();
    let spec = api.spec_endpoint();
    let same_origin = guards::same_origin(&state.settings.public_url);
    let experience = api
        .with(guards::no_store())
        .around(move |ep, req| {
            let allowed = same_origin(&req);
            async move {
                if allowed {
                    ep.call(req).await.map(IntoResponse::into_response)
                } else {
                    Ok(guards::forbidden_origin())
                }
            }
        })
        .around(|ep, req| guards::limit_body(ep, req, MAX_BODY_BYTES))
        .around(guards::api_errors);
    let mut app = Route::new()
        .at("/", get(ui::root))
        .at("/healthz", get(ops::healthz))
        .at("/readyz", get(ops::readyz))
        .at("/metrics", get(ops::metrics))
        .nest(
            "/oidc",
            oidc::routes().around(|ep, req| guards::limit_body(ep, req, MAX_BODY_BYTES)),
        )
        .at("/api/openapi.json", spec)
        .nest("/api/docs", docs)
        .nest_no_strip("/api", experience)
        .nest_no_strip("/assets", get(ui::asset));
    for route in ui::APP_ROUTES {
        app = app.at(route, get(ui::index));
    }
    app = app.at("/*rest", get(ui::not_found));
    app.with(CookieJarManager::new())
        .around(guards::security_headers)
        .around(guards::access_log)
        .data(state)
}
