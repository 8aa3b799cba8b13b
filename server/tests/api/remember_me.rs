//! "Remember me": a persistent SSO session cookie, for `session.lifetime`.

use reqwest::{Response, StatusCode, header};
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, TestApp, error_code, location};

/// The attributes of the session cookie a response sets, lower-cased; `None` without one.
fn session_cookie(response: &Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("gatehouse_session="))
        .map(str::to_lowercase)
}

async fn app_at_sign_in(change: impl FnOnce(&mut gatehouse::config::Settings)) -> TestApp {
    let app = TestApp::spawn_with(change).await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app
}

async fn remember(app: &TestApp, remember: bool) -> Response {
    app.put_json("/api/experience/remember-me", json!({"rememberMe": remember}))
        .await
}

/// Signs in (with `remember` chosen after identification, as the app does) and follows the
/// resume; returns its response.
async fn sign_in(app: &TestApp, choose: Option<bool>) -> Response {
    app.identify_with_password("alice", PASSWORD).await;
    if let Some(choice) = choose {
        assert_eq!(remember(app, choice).await.status(), StatusCode::NO_CONTENT);
    }
    let submitted: Value = app.submit().await.json().await.unwrap();
    app.follow(submitted["redirectTo"].as_str().unwrap()).await
}

#[tokio::test]
async fn without_remember_me_the_session_cookie_ends_with_the_browser() {
    let app = app_at_sign_in(|_| {}).await;
    let resumed = sign_in(&app, None).await;
    let cookie = session_cookie(&resumed).expect("a session cookie");
    assert!(!cookie.contains("max-age") && !cookie.contains("expires"), "{cookie}");
}

#[tokio::test]
async fn remember_me_makes_the_session_cookie_last_the_session_lifetime() {
    let app = app_at_sign_in(|s| s.session.lifetime = gatehouse::config::Span::from_secs(7200)).await;
    let resumed = sign_in(&app, Some(true)).await;
    let cookie = session_cookie(&resumed).expect("a session cookie");
    let max_age: u64 = cookie
        .split(';')
        .find_map(|a| a.trim().strip_prefix("max-age="))
        .expect("max-age")
        .parse()
        .unwrap();
    assert!((7100..=7200).contains(&max_age), "{cookie}");
}

#[tokio::test]
async fn the_choice_is_part_of_the_interaction_and_can_be_taken_back() {
    let app = app_at_sign_in(|_| {}).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    assert_eq!(remember(&app, true).await.status(), StatusCode::NO_CONTENT);
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["rememberMe"], true);
    assert_eq!(remember(&app, false).await.status(), StatusCode::NO_CONTENT);
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["rememberMe"], false);
}

#[tokio::test]
async fn a_remembered_session_is_sent_again_when_another_client_uses_it() {
    let app = app_at_sign_in(|_| {}).await;
    sign_in(&app, Some(true)).await;
    let second = app.start_authorization(&Flow::second().params()).await;
    assert_eq!(second.status(), StatusCode::SEE_OTHER);
    assert!(location(&second).contains("code="));
    let cookie = session_cookie(&second).expect("the session cookie, with its sliding end");
    assert!(cookie.contains("max-age="), "{cookie}");
}

#[tokio::test]
async fn remember_me_turned_off_is_refused_and_announced() {
    let app = app_at_sign_in(|s| s.sign_in.remember_me = false).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        error_code(remember(&app, true).await).await,
        (StatusCode::FORBIDDEN, "session.remember_me_disabled".into())
    );
    assert_eq!(remember(&app, false).await.status(), StatusCode::NO_CONTENT);
    let exp = app.get_json("/api/.well-known/sign-in-exp").await;
    assert_eq!(exp["signIn"]["rememberMe"], false);
}
