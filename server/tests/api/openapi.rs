use std::path::PathBuf;

fn committed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/openapi.json")
}

#[test]
fn the_committed_spec_is_what_the_server_generates() {
    let generated = gatehouse::http::openapi_json() + "\n";
    let committed = std::fs::read_to_string(committed()).unwrap_or_default();
    assert!(
        generated == committed,
        "openapi/openapi.json is stale: run `make openapi` and commit it (and the UI's generated client)"
    );
}

/// Generators name functions after operation ids: two alike break every generated client.
#[test]
fn every_operation_id_is_unique() {
    let spec: serde_json::Value = serde_json::from_str(&gatehouse::http::openapi_json()).unwrap();
    let mut seen = std::collections::HashSet::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            if let Some(id) = operation["operationId"].as_str() {
                assert!(seen.insert(id.to_owned()), "operationId {id} is used twice");
            }
        }
    }
}

#[test]
fn the_committed_error_code_reference_is_what_the_server_generates() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/error-codes.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        gatehouse::http::contract::reference_page() == committed,
        "openapi/error-codes.md is stale: run `make openapi` and commit it"
    );
}

/// What a schema-driven fuzzer found: the spec says what the server does.
#[tokio::test]
async fn the_server_refuses_what_the_spec_refuses() {
    let app = crate::helpers::TestApp::spawn().await;
    app.start_authorization(&crate::helpers::Flow::confidential().params())
        .await;
    // A number where the schema says string.
    let numeric = app
        .put_json(
            "/api/experience",
            serde_json::json!({"interactionEvent": "SignIn", "captchaToken": 12}),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(numeric).await,
        (reqwest::StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    // A profile field without what its `type` needs.
    let partial = app
        .post_json("/api/experience/profile", serde_json::json!({"type": "username"}))
        .await;
    assert_eq!(crate::helpers::error_code(partial).await.1, "request.invalid_body");
    // A method the path does not take: 405 with the methods it does.
    let wrong = app.api.delete(app.url("/api/experience/submit")).send().await.unwrap();
    assert_eq!(wrong.status(), reqwest::StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong.headers()["allow"], "POST");
    assert_eq!(crate::helpers::error_code(wrong).await.1, "request.method_not_allowed");
}

#[test]
fn every_error_code_is_in_the_spec() {
    let spec: serde_json::Value = serde_json::from_str(&gatehouse::http::openapi_json()).unwrap();
    let codes = spec["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .expect("ErrorCode enum");
    for code in [
        "session.invalid_credentials",
        "session.not_found",
        "request.forbidden_origin",
        "request.invalid_body",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code} missing");
    }
    for path in [
        "/api/experience",
        "/api/experience/interaction",
        "/api/experience/verification/password",
        "/api/experience/identification",
        "/api/experience/submit",
        "/api/.well-known/sign-in-exp",
    ] {
        assert!(spec["paths"].get(path).is_some(), "{path} missing");
    }
}

#[tokio::test]
async fn the_spec_and_its_browser_are_served() {
    let app = crate::helpers::TestApp::spawn_with(|s| s.endpoints.api_docs = true).await;
    let served: serde_json::Value = app
        .api
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(served["paths"].get("/api/experience/submit").is_some());
    let docs = app.api.get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(docs.status(), 200);
    // Off by default: a production server does not show its API browser.
    let default = crate::helpers::TestApp::spawn().await;
    let docs = default.api.get(default.url("/api/docs")).send().await.unwrap();
    assert_eq!(docs.status(), 404);
    let spec = default.api.get(default.url("/api/openapi.json")).send().await.unwrap();
    assert_eq!(spec.status(), 200);
}
