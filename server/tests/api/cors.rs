use reqwest::{Method, StatusCode};

use crate::helpers::{Flow, TestApp};

#[tokio::test]
async fn single_page_clients_may_call_the_token_endpoint_from_their_origin_only() {
    let app = TestApp::spawn().await;
    let preflight = |origin: &'static str| {
        app.api
            .request(Method::OPTIONS, app.url("/oidc/token"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .send()
    };
    let allowed = preflight("http://spa.test").await.unwrap();
    assert_eq!(allowed.status(), StatusCode::NO_CONTENT);
    assert_eq!(allowed.headers()["access-control-allow-origin"], "http://spa.test");
    assert!(allowed.headers().get("access-control-allow-credentials").is_none());
    let refused = preflight("http://evil.test").await.unwrap();
    assert!(refused.headers().get("access-control-allow-origin").is_none());
    let post = app
        .api
        .post(app.url("/oidc/token"))
        .header("origin", "http://spa.test")
        .form(&[("grant_type", "authorization_code")])
        .send()
        .await
        .unwrap();
    assert_eq!(post.headers()["access-control-allow-origin"], "http://spa.test");
    let jwks = app
        .api
        .get(app.url("/oidc/jwks"))
        .header("origin", "http://anyone.test")
        .send()
        .await
        .unwrap();
    assert_eq!(jwks.headers()["access-control-allow-origin"], "*");
}

/// A custom UI hosted apart (its own origin, same site) drives the Experience API with the
/// interaction cookie; a page anywhere else can neither read answers nor change anything.
#[tokio::test]
async fn a_custom_ui_at_a_listed_origin_drives_the_experience_and_no_one_else() {
    const UI: &str = "http://127.0.0.1:5199";
    let app = TestApp::spawn_with(|s| {
        s.experience.sign_in_url = format!("{UI}/sign-in");
        s.experience.allowed_origins = vec!["http://127.0.0.1:5200".into()];
    })
    .await;
    app.create_user("alice", "alice@example.com").await;
    let start = app.start_authorization(&Flow::confidential().params()).await;
    assert!(crate::helpers::location(&start).starts_with(&format!("{UI}/sign-in")));

    for origin in [UI, "http://127.0.0.1:5200"] {
        let preflight = app
            .api
            .request(Method::OPTIONS, app.url("/api/experience"))
            .header("origin", origin)
            .header("access-control-request-method", "PUT")
            .header("access-control-request-headers", "content-type")
            .send()
            .await
            .unwrap();
        assert_eq!(preflight.status(), StatusCode::NO_CONTENT);
        assert_eq!(preflight.headers()["access-control-allow-origin"], origin);
        assert_eq!(preflight.headers()["access-control-allow-credentials"], "true");
        assert!(
            preflight.headers()["access-control-allow-methods"]
                .to_str()
                .unwrap()
                .contains("PUT")
        );
    }
    let started = app
        .api
        .put(app.url("/api/experience"))
        .header("origin", UI)
        .header("sec-fetch-site", "same-site")
        .json(&serde_json::json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), StatusCode::NO_CONTENT);
    assert_eq!(started.headers()["access-control-allow-origin"], UI);
    assert_eq!(started.headers()["access-control-allow-credentials"], "true");
    // Errors carry CORS too, or the UI could not read their codes.
    let wrong = app
        .api
        .post(app.url("/api/experience/identification"))
        .header("origin", UI)
        .json(&serde_json::json!({"verificationId": "nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.headers()["access-control-allow-origin"], UI);
    assert_eq!(
        crate::helpers::error_code(wrong).await,
        (StatusCode::NOT_FOUND, "session.verification_not_found".into())
    );

    let foreign = "http://127.0.0.1:6000";
    let preflight = app
        .api
        .request(Method::OPTIONS, app.url("/api/experience"))
        .header("origin", foreign)
        .header("access-control-request-method", "PUT")
        .send()
        .await
        .unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
    let read = app
        .api
        .get(app.url("/api/experience/interaction"))
        .header("origin", foreign)
        .send()
        .await
        .unwrap();
    assert!(read.headers().get("access-control-allow-origin").is_none());
    let write = app
        .api
        .put(app.url("/api/experience"))
        .header("origin", foreign)
        .json(&serde_json::json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        crate::helpers::error_code(write).await,
        (StatusCode::FORBIDDEN, "request.forbidden_origin".into())
    );
    // A listed origin on another site still cannot use the cookie: refused however it is listed.
    let cross_site = app
        .api
        .put(app.url("/api/experience"))
        .header("origin", UI)
        .header("sec-fetch-site", "cross-site")
        .json(&serde_json::json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
}
