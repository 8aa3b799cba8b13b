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

#[tokio::test]
async fn health_and_metrics_answer_operators() {
    let app = TestApp::spawn_with(|s| s.metrics.enabled = true).await;
    let health = app.api.get(app.url("/healthz")).send().await.unwrap();
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
