use reqwest::{Method, StatusCode};

use crate::helpers::TestApp;

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
