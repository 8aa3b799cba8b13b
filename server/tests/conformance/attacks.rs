//! RFC 9700 (OAuth 2.0 Security Best Current Practice) attack cases.

use reqwest::StatusCode;

use crate::{
    helpers::{CONFIDENTIAL_REDIRECT, Flow, TestApp, location, query_param},
    rp::app_with_alice,
};

#[tokio::test]
async fn pkce_downgrade_is_refused() {
    let app = app_with_alice().await;
    // A code bound to a challenge cannot be redeemed without its verifier...
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let mut without = Flow::confidential();
    without.verifier = String::new();
    let response = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(&flow.client_id, flow.secret.as_deref())
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &query_param(&callback, "code").unwrap()),
            ("redirect_uri", &flow.redirect_uri),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    // ...and a code issued without one cannot be redeemed with a verifier (RFC 9700 4.8.2).
    let plain = Flow::confidential()
        .with("prompt", "login")
        .without("code_challenge")
        .without("code_challenge_method");
    let callback = app.authorize_and_sign_in(&plain, "alice").await;
    assert_eq!(
        app.exchange_code(&plain, &query_param(&callback, "code").unwrap())
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn redirect_uri_variants_are_refused_without_redirecting() {
    let app = TestApp::spawn().await;
    let variants = [
        "http://rp.test/callback/../callback",
        "http://rp.test/callback%2F",
        "http://rp.test:80/callback",
        "http://rp.test/callback#frag",
        "http://rp.test.evil.test/callback",
        "http://evil.test/?http://rp.test/callback",
        "https://rp.test/callback",
    ];
    for uri in variants {
        let flow = Flow::confidential();
        let mut params = flow.params();
        params.retain(|(k, _)| *k != "redirect_uri");
        params.push(("redirect_uri", uri));
        let response = app.start_authorization(&params).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{uri}");
        assert!(response.headers().get("location").is_none(), "{uri}");
    }
    let _ = CONFIDENTIAL_REDIRECT;
}

#[tokio::test]
async fn logout_is_no_open_redirect() {
    let app = app_with_alice().await;
    for uri in ["http://evil.test/", "http://rp.test/callback"] {
        let response = app
            .api
            .get(app.url("/oidc/session/end"))
            .query(&[("client_id", "rp-confidential"), ("post_logout_redirect_uri", uri)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{uri}");
        assert!(response.headers().get("location").is_none());
    }
}

#[tokio::test]
async fn a_code_is_bound_to_its_client_and_redirect_uri() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let mut thief = Flow::second();
    thief.verifier = flow.verifier.clone();
    thief.redirect_uri = flow.redirect_uri.clone();
    assert_eq!(app.exchange_code(&thief, &code).await.status(), StatusCode::BAD_REQUEST);
    // The attempt burned the code for its owner too.
    assert_eq!(app.exchange_code(&flow, &code).await.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn an_authorization_response_never_reaches_an_unregistered_uri_even_on_error() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential().with("response_type", "token");
    let mut params = flow.params();
    params.retain(|(k, _)| *k != "redirect_uri");
    params.push(("redirect_uri", "http://evil.test/cb"));
    let response = app.start_authorization(&params).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let good = app
        .start_authorization(&Flow::confidential().with("prompt", "none").params())
        .await;
    assert!(location(&good).starts_with(CONFIDENTIAL_REDIRECT));
}
