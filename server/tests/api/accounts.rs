//! What an administrator does to an account: `gatehouse user disable|enable|delete`.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, PASSWORD, TestApp, error_code, location, query_param};

/// `gatehouse user ARGS`, as an operator runs it against this app's database.
fn user_command(app: &TestApp, args: &[&str]) -> std::process::Output {
    app.run_cli(&[&["user"], args].concat())
}

fn succeeds(out: std::process::Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Alice signed in, with an SSO session in this browser and a token set.
async fn signed_in_alice(app: &TestApp) -> (String, Value) {
    let id = app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens = app.exchange_code(&flow, &code).await.json().await.unwrap();
    (id, tokens)
}

/// Whether the tokens still work: userinfo with the access token, and a refresh.
async fn tokens_work(app: &TestApp, tokens: &Value) -> (bool, bool) {
    let userinfo = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    let refresh = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    (userinfo.status() == StatusCode::OK, refresh.status() == StatusCode::OK)
}

/// Whether the browser's SSO session still signs in silently.
async fn session_works(app: &TestApp) -> bool {
    let silent = app
        .start_authorization(&Flow::second().with("prompt", "none").params())
        .await;
    let back = url::Url::parse(location(&silent)).unwrap();
    query_param(&back, "code").is_some()
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_and_its_sessions_and_tokens_end_at_once() {
    let app = TestApp::spawn().await;
    let (id, tokens) = signed_in_alice(&app).await;
    assert!(session_works(&app).await);

    succeeds(user_command(&app, &["disable", &id]));
    assert_eq!(tokens_work(&app, &tokens).await, (false, false));
    assert!(!session_works(&app).await);
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.start_sign_in().await;
    // The right password learns the account is disabled; a wrong one learns nothing more.
    assert_eq!(
        error_code(browser.verify_password("alice", PASSWORD).await).await,
        (StatusCode::FORBIDDEN, "session.user_disabled".into())
    );
    assert_eq!(
        error_code(browser.verify_password("alice", "not the password").await)
            .await
            .1,
        "session.invalid_credentials"
    );
    assert_eq!(user_command(&app, &["disable", &id]).status.code(), Some(2));

    succeeds(user_command(&app, &["enable", &id]));
    browser.identify_with_password("alice", PASSWORD).await;
    assert_eq!(user_command(&app, &["enable", &id]).status.code(), Some(2));
    assert_eq!(user_command(&app, &["disable", "no-such-user"]).status.code(), Some(3));
}

#[tokio::test]
async fn a_deleted_account_is_gone_with_its_tokens_and_frees_its_identifiers() {
    let app = TestApp::spawn().await;
    let (id, tokens) = signed_in_alice(&app).await;
    succeeds(user_command(&app, &["delete", &id]));
    assert_eq!(tokens_work(&app, &tokens).await, (false, false));
    assert!(!session_works(&app).await);
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.start_sign_in().await;
    assert_eq!(
        error_code(browser.verify_password("alice", PASSWORD).await).await.1,
        "session.invalid_credentials"
    );
    assert_eq!(user_command(&app, &["delete", &id]).status.code(), Some(3));
    // The username and the address are free again.
    app.create_user("alice", "alice@example.com").await;
}
