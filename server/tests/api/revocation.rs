use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, SECOND, SECOND_SECRET, TestApp, query_param};

async fn tokens(app: &TestApp) -> (Flow, String, Value) {
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens = app.exchange_code(&flow, &code).await.json().await.unwrap();
    (flow, code, tokens)
}

async fn call(app: &TestApp, path: &str, client: (&str, &str), token: &str) -> reqwest::Response {
    app.api
        .post(app.url(path))
        .basic_auth(client.0, Some(client.1))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap()
}

pub async fn introspect(app: &TestApp, token: &str) -> Value {
    let response = call(
        app,
        "/oidc/token/introspection",
        (CONFIDENTIAL, CONFIDENTIAL_SECRET),
        token,
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn userinfo_status(app: &TestApp, access_token: &str) -> StatusCode {
    app.api
        .get(app.url("/oidc/me"))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn introspection_describes_live_tokens_and_nothing_else() {
    let app = TestApp::spawn().await;
    let (_, _, tokens) = tokens(&app).await;
    let access = introspect(&app, tokens["access_token"].as_str().unwrap()).await;
    assert_eq!(access["active"], true);
    assert_eq!(access["client_id"], CONFIDENTIAL);
    assert!(access["scope"].as_str().unwrap().contains("openid"));
    let refresh = introspect(&app, tokens["refresh_token"].as_str().unwrap()).await;
    assert_eq!(refresh["active"], true);
    assert_eq!(refresh["token_type"], "refresh_token");
    assert_eq!(introspect(&app, "garbage").await, serde_json::json!({"active": false}));
    let unauthenticated = app
        .api
        .post(app.url("/oidc/token/introspection"))
        .form(&[("token", "x"), ("client_id", "rp-public")])
        .send()
        .await
        .unwrap();
    assert_eq!(unauthenticated.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn revoking_a_refresh_token_ends_its_grant() {
    let app = TestApp::spawn().await;
    let (_, _, tokens) = tokens(&app).await;
    let access = tokens["access_token"].as_str().unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    // Another client's revocation is ignored, and says nothing.
    assert_eq!(
        call(&app, "/oidc/token/revocation", (SECOND, SECOND_SECRET), refresh)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(introspect(&app, refresh).await["active"], true);
    assert_eq!(
        call(
            &app,
            "/oidc/token/revocation",
            (CONFIDENTIAL, CONFIDENTIAL_SECRET),
            refresh
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(introspect(&app, refresh).await["active"], false);
    assert_eq!(introspect(&app, access).await["active"], false);
    assert_eq!(userinfo_status(&app, access).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn revoking_an_access_token_ends_it_alone() {
    let app = TestApp::spawn().await;
    let (_, _, tokens) = tokens(&app).await;
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(
        call(
            &app,
            "/oidc/token/revocation",
            (CONFIDENTIAL, CONFIDENTIAL_SECRET),
            access
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(userinfo_status(&app, access).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        introspect(&app, tokens["refresh_token"].as_str().unwrap()).await["active"],
        true
    );
    assert_eq!(
        call(
            &app,
            "/oidc/token/revocation",
            (CONFIDENTIAL, CONFIDENTIAL_SECRET),
            "garbage"
        )
        .await
        .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_replayed_code_ends_the_access_tokens_it_bought() {
    let app = TestApp::spawn().await;
    let (flow, code, tokens) = tokens(&app).await;
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(userinfo_status(&app, access).await, StatusCode::OK);
    assert_eq!(app.exchange_code(&flow, &code).await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(userinfo_status(&app, access).await, StatusCode::UNAUTHORIZED);
    assert_eq!(introspect(&app, access).await["active"], false);
}

/// RFC 7662 lets the server answer "inactive" to a caller not allowed to know: a client learns
/// nothing of another client's tokens, not even that they exist.
#[tokio::test]
async fn a_client_introspects_only_its_own_tokens() {
    let app = TestApp::spawn().await;
    let (_, _, tokens) = tokens(&app).await;
    for kind in ["access_token", "refresh_token"] {
        let token = tokens[kind].as_str().unwrap();
        let foreign = call(&app, "/oidc/token/introspection", (SECOND, SECOND_SECRET), token).await;
        assert_eq!(foreign.status(), StatusCode::OK);
        assert_eq!(
            foreign.json::<Value>().await.unwrap(),
            json!({"active": false}),
            "{kind}"
        );
        assert_eq!(introspect(&app, token).await["active"], true, "{kind}");
    }
}

#[tokio::test]
async fn a_resource_server_introspects_every_clients_tokens() {
    let app = TestApp::spawn_with(|s| {
        let second = s.clients.iter_mut().find(|c| c.client_id == SECOND).unwrap();
        second.resource_server = true;
    })
    .await;
    let (_, _, tokens) = tokens(&app).await;
    for kind in ["access_token", "refresh_token"] {
        let token = tokens[kind].as_str().unwrap();
        let answer: Value = call(&app, "/oidc/token/introspection", (SECOND, SECOND_SECRET), token)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(answer["active"], true, "{kind}");
        assert_eq!(answer["client_id"], CONFIDENTIAL, "{kind}");
        assert!(answer["sub"].is_string(), "{kind}");
    }
}
