use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::TestApp;

#[tokio::test]
async fn discovery_names_the_issuer_from_public_url_not_the_host_header() {
    let app = TestApp::spawn().await;
    let response = app
        .api
        .get(app.url("/oidc/.well-known/openid-configuration"))
        .header("Host", "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let doc: Value = response.json().await.unwrap();
    let issuer = app.issuer();
    assert_eq!(doc["issuer"], issuer.as_str());
    assert_eq!(doc["authorization_endpoint"], format!("{issuer}/auth"));
    assert_eq!(doc["token_endpoint"], format!("{issuer}/token"));
    assert_eq!(doc["userinfo_endpoint"], format!("{issuer}/me"));
    assert_eq!(doc["jwks_uri"], format!("{issuer}/jwks"));
    assert_eq!(doc["code_challenge_methods_supported"], serde_json::json!(["S256"]));
    assert_eq!(doc["authorization_response_iss_parameter_supported"], true);
}

#[tokio::test]
async fn jwks_publishes_public_members_only_and_survives_a_restart() {
    let app = TestApp::spawn().await;
    let jwks = app.jwks().await;
    let keys = jwks["keys"].as_array().unwrap();
    let algs: Vec<&str> = keys.iter().map(|k| k["alg"].as_str().unwrap()).collect();
    assert!(algs.contains(&"ES256") && algs.contains(&"RS256"), "{algs:?}");
    for key in keys {
        let key = key.as_object().unwrap();
        for private in ["d", "p", "q", "dp", "dq", "qi"] {
            assert!(!key.contains_key(private), "{private} must not be published");
        }
    }
    // A second instance on the same database publishes the same key.
    let settings = app.settings.clone();
    let again = TestApp::spawn_with(|s| s.database.url = settings.database.url.clone()).await;
    assert_eq!(again.jwks().await, jwks);
}

#[tokio::test]
async fn responses_carry_security_headers() {
    let app = TestApp::spawn().await;
    let response = app.api.get(app.url("/sign-in")).send().await.unwrap();
    let headers = response.headers();
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-content-type-options"], "nosniff");
}

/// Browsers that reached the server over https once keep using https, for a year; an http
/// deployment must not send it (browsers ignore it over http, but it would be a lie).
#[tokio::test]
async fn an_https_public_url_asks_browsers_for_https_on_every_response() {
    let app = TestApp::spawn_with(|s| s.public_url = "https://id.example.test".into()).await;
    for path in [
        "/healthz",
        "/sign-in",
        "/api/experience/interaction",
        "/oidc/token",
        "/nothing",
    ] {
        let response = app.api.get(app.url(path)).send().await.unwrap();
        assert_eq!(
            response
                .headers()
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap()),
            Some("max-age=31536000"),
            "{path}"
        );
    }
    let plain = TestApp::spawn().await;
    let response = plain.api.get(plain.url("/healthz")).send().await.unwrap();
    assert!(response.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn health_and_metrics_answer_operators() {
    let app = TestApp::spawn_with(|s| s.metrics.enabled = true).await;
    let health = app.api.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(
        health.headers()["gatehouse-version"].to_str().unwrap(),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(health.text().await.unwrap(), "ok");
    assert_eq!(app.api.get(app.url("/readyz")).send().await.unwrap().status(), 200);
    let metrics = app
        .api
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let count = |text: &str| -> u64 {
        let line = text
            .lines()
            .find(|l| l.starts_with("gatehouse_db_statements_total "))
            .unwrap();
        line.rsplit(' ').next().unwrap().parse().unwrap()
    };
    let before = count(&metrics);
    app.start_authorization(&crate::helpers::Flow::confidential().params())
        .await;
    let after = count(
        &app.api
            .get(app.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(after > before, "an authorization request reads and writes the database");
    let off = TestApp::spawn().await;
    assert_eq!(off.api.get(off.url("/metrics")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn unknown_pages_get_the_apps_not_found_view_and_unknown_api_paths_json() {
    let app = TestApp::spawn().await;
    let page = app.api.get(app.url("/no/such/page")).send().await.unwrap();
    assert_eq!(page.status(), 404);
    assert!(
        page.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors")
    );
    let api = app.api.get(app.url("/api/nothing")).send().await.unwrap();
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.json::<serde_json::Value>().await.unwrap()["code"],
        "request.not_found"
    );
    let oidc = app.api.get(app.url("/oidc/nothing")).send().await.unwrap();
    assert_eq!(oidc.status(), 404);
}

/// `/` answers: the demo when it is on, otherwise a page that says where the provider is; the
/// demo's pages exist only when it is on.
#[tokio::test]
async fn the_root_answers_and_the_demo_is_off_by_default() {
    let app = TestApp::spawn().await;
    let root = app.api.get(app.url("/")).send().await.unwrap();
    assert_eq!(root.status(), StatusCode::OK);
    let page = root.text().await.unwrap();
    assert!(
        page.contains(&format!("{}/.well-known/openid-configuration", app.issuer())),
        "{page}"
    );
    let demo = app.api.get(app.url("/demo")).send().await.unwrap();
    assert_eq!(demo.status(), StatusCode::NOT_FOUND);

    let with_demo = TestApp::spawn_with(|s| s.endpoints.demo_page = true).await;
    let root = with_demo.api.get(with_demo.url("/")).send().await.unwrap();
    assert_eq!(root.status(), StatusCode::SEE_OTHER);
    assert_eq!(root.headers()["location"], "/demo");
    // The page itself is the bundled app's, which `make test` builds only after these tests
    // (503 until then): that it is routed at all is what this setting decides.
    let demo = with_demo.api.get(with_demo.url("/demo")).send().await.unwrap();
    assert_ne!(demo.status(), StatusCode::NOT_FOUND);
}

/// `/metrics` can have an address of its own, and is then not on the public listener.
#[tokio::test]
async fn metrics_can_listen_on_an_address_of_their_own() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(|s| {
        s.metrics.enabled = true;
        s.metrics.listen = Some(format!("127.0.0.1:{port}"));
    })
    .await;
    let public = app.api.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(public.status(), StatusCode::NOT_FOUND);
    let private = app
        .api
        .get(format!("http://127.0.0.1:{port}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(private.status(), StatusCode::OK);
    assert!(private.text().await.unwrap().contains("gatehouse_db_statements_total"));
    let elsewhere = app
        .api
        .get(format!("http://127.0.0.1:{port}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), StatusCode::NOT_FOUND);
}
