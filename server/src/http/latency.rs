//! How long answers take, for `gatehouse_http_request_duration_seconds`.

use std::{sync::Arc, time::Instant};

use poem::{Endpoint, IntoResponse, Request, Response, Result};

use super::ui;
use crate::telemetry::metrics::{Metrics, RouteGroup};

/// Times every request, refused ones included: a guard's 413 or 503 is an answer too.
pub async fn observe<E: Endpoint>(ep: E, req: Request, metrics: Arc<Metrics>) -> Result<Response> {
    let group = route_group(req.uri().path());
    let started = Instant::now();
    let response = ep
        .call(req)
        .await
        .map(IntoResponse::into_response)
        .unwrap_or_else(|e| e.into_response());
    metrics.observe_request(group, started.elapsed());
    Ok(response)
}

/// By prefix, as the router nests them; anything unknown is `other`, so that a scanner's
/// paths cannot pass for pages.
pub fn route_group(path: &str) -> RouteGroup {
    let under = |prefix: &str| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    if under("/oidc") {
        RouteGroup::Oidc
    } else if under("/api/experience") || under("/api/.well-known") {
        RouteGroup::Experience
    } else if under("/api/my-account") {
        RouteGroup::Account
    } else if under("/api/admin") {
        RouteGroup::Admin
    } else if matches!(path, "/healthz" | "/readyz" | "/metrics") {
        RouteGroup::Ops
    } else if path == "/"
        || under("/assets")
        || under("/callback")
        || ui::APP_ROUTES
            .iter()
            .chain(&ui::ACCOUNT_ROUTES)
            .chain(&ui::DEMO_ROUTES)
            .any(|route| under(route))
    {
        RouteGroup::Ui
    } else {
        RouteGroup::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fall_in_their_group_and_unknown_ones_in_other() {
        let cases = [
            ("/oidc/token", RouteGroup::Oidc),
            ("/oidc/.well-known/openid-configuration", RouteGroup::Oidc),
            ("/api/experience", RouteGroup::Experience),
            ("/api/experience/verification/password", RouteGroup::Experience),
            ("/api/.well-known/sign-in-exp", RouteGroup::Experience),
            ("/api/my-account/sessions", RouteGroup::Account),
            ("/api/admin/users", RouteGroup::Admin),
            ("/healthz", RouteGroup::Ops),
            ("/metrics", RouteGroup::Ops),
            ("/", RouteGroup::Ui),
            ("/sign-in", RouteGroup::Ui),
            ("/account/callback", RouteGroup::Ui),
            ("/assets/index-abc.js", RouteGroup::Ui),
            ("/callback/github", RouteGroup::Ui),
            ("/api/openapi.json", RouteGroup::Other),
            ("/api/docs", RouteGroup::Other),
            ("/oidcx", RouteGroup::Other),
            ("/sign-in-now", RouteGroup::Other),
            ("/wp-login.php", RouteGroup::Other),
            ("/healthz/x", RouteGroup::Other),
        ];
        for (path, group) in cases {
            assert_eq!(route_group(path), group, "{path}");
        }
    }
}
