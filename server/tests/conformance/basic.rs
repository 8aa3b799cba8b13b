//! The Basic OP plan, module by module.

use reqwest::StatusCode;
use serde_json::Value;

use crate::{
    helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, TestApp, location, query_param},
    rp::{app_with_alice, redeem, sign_in, userinfo},
};

#[tokio::test]
async fn oidcc_server() {
    let app = app_with_alice().await;
    let tokens = sign_in(&app, &Flow::confidential()).await;
    assert_eq!(tokens.body["token_type"], "Bearer");
    assert!(tokens.body["expires_in"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn oidcc_userinfo_get_post_header_and_post_body() {
    let app = app_with_alice().await;
    let tokens = sign_in(&app, &Flow::confidential()).await;
    let by_get = userinfo(&app, tokens.access_token()).await;
    assert_eq!(by_get["sub"], tokens.id_claims["sub"]);
    let header = app
        .api
        .post(app.url("/oidc/me"))
        .bearer_auth(tokens.access_token())
        .send()
        .await
        .unwrap();
    assert_eq!(header.json::<Value>().await.unwrap(), by_get);
    let body = app
        .api
        .post(app.url("/oidc/me"))
        .form(&[("access_token", tokens.access_token())])
        .send()
        .await
        .unwrap();
    assert_eq!(body.json::<Value>().await.unwrap(), by_get);
}

#[tokio::test]
async fn oidcc_ensure_request_without_nonce_succeeds_for_code_flow() {
    let app = app_with_alice().await;
    sign_in(&app, &Flow::confidential().without("nonce")).await;
}

#[tokio::test]
async fn oidcc_scope_profile_email_and_all() {
    let app = app_with_alice().await;
    let mut profile = Flow::confidential();
    profile.scope = "openid profile".into();
    let info = userinfo(&app, sign_in(&app, &profile).await.access_token()).await;
    assert_eq!(info["preferred_username"], "alice");
    assert!(info.get("email").is_none());
    let mut email = Flow::confidential().with("prompt", "login");
    email.scope = "email openid".into();
    let info = userinfo(&app, sign_in(&app, &email).await.access_token()).await;
    assert_eq!(info["email"], "alice@example.com");
    assert_eq!(info["email_verified"], true);
    assert!(info.get("preferred_username").is_none());
}

#[tokio::test]
async fn oidcc_ensure_other_scope_order_succeeds() {
    let app = app_with_alice().await;
    let mut flow = Flow::confidential();
    flow.scope = "email openid profile".into();
    sign_in(&app, &flow).await;
}

#[tokio::test]
async fn oidcc_prompt_login() {
    let app = app_with_alice().await;
    let first = sign_in(&app, &Flow::confidential()).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let again = sign_in(&app, &Flow::confidential().with("prompt", "login")).await;
    assert!(again.id_claims["auth_time"].as_i64() > first.id_claims["auth_time"].as_i64());
}

#[tokio::test]
async fn oidcc_prompt_none_not_logged_in_and_logged_in() {
    let app = app_with_alice().await;
    let flow = Flow::confidential().with("prompt", "none");
    let response = app.start_authorization(&flow.params()).await;
    let url = url::Url::parse(location(&response)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("login_required"));
    assert_eq!(query_param(&url, "state").as_deref(), Some(flow.state.as_str()));
    sign_in(&app, &Flow::confidential()).await;
    let flow = Flow::confidential().with("prompt", "none");
    let response = app.start_authorization(&flow.params()).await;
    redeem(&app, &flow, &url::Url::parse(location(&response)).unwrap()).await;
}

#[tokio::test]
async fn oidcc_max_age_1_and_10000() {
    let app = app_with_alice().await;
    let first = sign_in(&app, &Flow::confidential()).await;
    let flow = Flow::confidential().with("max_age", "10000");
    let response = app.start_authorization(&flow.params()).await;
    let reused = redeem(&app, &flow, &url::Url::parse(location(&response)).unwrap()).await;
    assert_eq!(reused.id_claims["auth_time"], first.id_claims["auth_time"]);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let response = app
        .start_authorization(&Flow::confidential().with("max_age", "1").params())
        .await;
    assert!(
        location(&response).starts_with(&app.url("/sign-in")),
        "max_age=1 needs a new sign-in"
    );
    let fresh = sign_in(&app, &Flow::confidential().with("max_age", "1")).await;
    assert!(fresh.id_claims["auth_time"].as_i64() > first.id_claims["auth_time"].as_i64());
}

#[tokio::test]
async fn oidcc_ensure_request_with_unknown_parameter_and_acr_values_succeeds() {
    let app = app_with_alice().await;
    let flow = Flow::confidential()
        .with("extra_parameter", "x")
        .with("acr_values", "1 2")
        .with("display", "popup")
        .with("claims_locales", "fr");
    sign_in(&app, &flow).await;
}

#[tokio::test]
async fn oidcc_id_token_hint() {
    let app = app_with_alice().await;
    let first = sign_in(&app, &Flow::confidential()).await;
    let hint = first.body["id_token"].as_str().unwrap();
    let flow = Flow::confidential().with("prompt", "none").with("id_token_hint", hint);
    let response = app.start_authorization(&flow.params()).await;
    let again = redeem(&app, &flow, &url::Url::parse(location(&response)).unwrap()).await;
    assert_eq!(again.id_claims["sub"], first.id_claims["sub"]);
    let forged = Flow::confidential().with("id_token_hint", "not.a.token");
    let url = url::Url::parse(location(&app.start_authorization(&forged.params()).await)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("invalid_request"));
}

#[tokio::test]
async fn oidcc_login_hint_and_ui_locales() {
    let app = app_with_alice().await;
    let flow = Flow::confidential()
        .with("login_hint", "alice")
        .with("ui_locales", "fr-CA fr");
    let response = app.start_authorization(&flow.params()).await;
    assert_eq!(location(&response), app.url("/sign-in?ui_locales=fr-CA+fr"));
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["loginHint"], "alice");
    assert_eq!(view["uiLocales"], "fr-CA fr");
}

#[tokio::test]
async fn oidcc_codereuse() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let tokens = redeem(&app, &flow, &callback).await;
    let code = query_param(&callback, "code").unwrap();
    assert_eq!(app.exchange_code(&flow, &code).await.status(), StatusCode::BAD_REQUEST);
    let me = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(tokens.access_token())
        .send()
        .await
        .unwrap();
    assert_eq!(
        me.status(),
        StatusCode::UNAUTHORIZED,
        "tokens of a reused code are revoked"
    );
}

#[tokio::test]
async fn oidcc_ensure_registered_redirect_uri() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let mut params = flow.params();
    params.retain(|(k, _)| *k != "redirect_uri");
    params.push(("redirect_uri", "http://rp.test/callback/evil"));
    let response = app.start_authorization(&params).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("location").is_none());
}

#[tokio::test]
async fn oidcc_server_client_secret_post() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let response = app
        .api
        .post(app.url("/oidc/token"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &query_param(&callback, "code").unwrap()),
            ("redirect_uri", &flow.redirect_uri),
            ("code_verifier", &flow.verifier),
            ("client_id", CONFIDENTIAL),
            ("client_secret", CONFIDENTIAL_SECRET),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn oidcc_refresh_token() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let tokens = sign_in(&app, &flow).await;
    let response = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens.body["refresh_token"].as_str().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let claims = crate::helpers::verify_jwt(
        &app.jwks().await,
        body["id_token"].as_str().unwrap(),
        &app.issuer(),
        CONFIDENTIAL,
    );
    // OIDC Core 12.2: same iss, sub, aud and auth_time; no nonce.
    assert_eq!(claims["sub"], tokens.id_claims["sub"]);
    assert_eq!(claims["auth_time"], tokens.id_claims["auth_time"]);
    assert!(claims.get("nonce").is_none());
}

#[tokio::test]
async fn oidcc_ensure_request_with_valid_pkce_succeeds_and_public_client() {
    let app = app_with_alice().await;
    sign_in(&app, &Flow::public()).await;
}

#[tokio::test]
async fn oidcc_request_object_and_uri_are_rejected_as_unsupported() {
    let app = TestApp::spawn().await;
    for (param, error) in [
        ("request", "request_not_supported"),
        ("request_uri", "request_uri_not_supported"),
    ] {
        let flow = Flow::confidential().with(param, "eyJhbGciOiJub25lIn0.e30.");
        let url = url::Url::parse(location(&app.start_authorization(&flow.params()).await)).unwrap();
        assert_eq!(query_param(&url, "error").as_deref(), Some(error));
    }
}

#[tokio::test]
async fn oidcc_response_type_missing() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential().without("response_type");
    let url = url::Url::parse(location(&app.start_authorization(&flow.params()).await)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("invalid_request"));
}
