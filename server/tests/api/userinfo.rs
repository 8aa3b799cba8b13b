use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Flow, TestApp, query_param};

async fn access_token(app: &TestApp, scope: &str) -> String {
    app.create_user("alice", "alice@example.com").await;
    let mut flow = Flow::confidential();
    flow.scope = scope.into();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    tokens["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn userinfo_returns_the_claims_of_the_granted_scopes_by_get_and_post() {
    let app = TestApp::spawn().await;
    let token = access_token(&app, "openid profile").await;
    let get: Value = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(get["preferred_username"], "alice");
    assert!(get.get("email").is_none(), "email was not granted");
    let post = app
        .api
        .post(app.url("/oidc/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(post.headers()["cache-control"], "no-store");
    assert_eq!(post.json::<Value>().await.unwrap(), get);
}

#[tokio::test]
async fn userinfo_without_a_valid_token_is_401_with_a_challenge() {
    let app = TestApp::spawn().await;
    let none = app.api.get(app.url("/oidc/me")).send().await.unwrap();
    assert_eq!(none.status(), StatusCode::UNAUTHORIZED);
    assert!(
        none.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    let garbage = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth("not.a.jwt")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), StatusCode::UNAUTHORIZED);
    assert!(
        garbage.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("invalid_token")
    );
}
