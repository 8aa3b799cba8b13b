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
    let app = crate::helpers::TestApp::spawn().await;
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
}
