//! What a relying party does in every module: run a flow, check the ID token per OIDC Core
//! 3.1.3.7, and keep the results.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Flow, TestApp, at_hash, query_param, verify_jwt};

pub struct Tokens {
    pub body: Value,
    pub id_claims: Value,
}

impl Tokens {
    pub fn access_token(&self) -> &str {
        self.body["access_token"].as_str().unwrap()
    }
}

/// Signs in through the Experience API and redeems the code.
pub async fn sign_in(app: &TestApp, flow: &Flow) -> Tokens {
    let callback = app.authorize_and_sign_in(flow, "alice").await;
    redeem(app, flow, &callback).await
}

pub async fn redeem(app: &TestApp, flow: &Flow, callback: &url::Url) -> Tokens {
    assert_eq!(
        query_param(callback, "state").as_deref(),
        Some(flow.state.as_str()),
        "state round-trips"
    );
    assert_eq!(query_param(callback, "iss"), Some(app.issuer()), "RFC 9207 iss");
    let code = query_param(callback, "code").expect("a code");
    let response = app.exchange_code(flow, &code).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    let id_claims = check_id_token(app, flow, &body).await;
    Tokens { body, id_claims }
}

/// OIDC Core 3.1.3.7: signature with a published key, iss, aud, exp, iat, nonce, at_hash.
pub async fn check_id_token(app: &TestApp, flow: &Flow, body: &Value) -> Value {
    let id_token = body["id_token"].as_str().expect("an ID token");
    let claims = verify_jwt(&app.jwks().await, id_token, &app.issuer(), &flow.client_id);
    let now = chrono::Utc::now().timestamp();
    assert!(claims["exp"].as_i64().unwrap() > now);
    assert!((claims["iat"].as_i64().unwrap() - now).abs() < 60);
    assert!(claims["sub"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(claims["auth_time"].is_i64());
    assert_eq!(
        claims["at_hash"],
        at_hash(body["access_token"].as_str().unwrap()).as_str()
    );
    if flow.params().iter().any(|(k, _)| *k == "nonce") {
        assert_eq!(claims["nonce"], flow.nonce.as_str());
    } else {
        assert!(claims.get("nonce").is_none());
    }
    claims
}

pub async fn userinfo(app: &TestApp, access_token: &str) -> Value {
    let response = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

pub async fn app_with_alice() -> TestApp {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app
}
