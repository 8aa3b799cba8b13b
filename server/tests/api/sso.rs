use reqwest::StatusCode;

use crate::helpers::{Flow, TestApp, location, query_param};

#[tokio::test]
async fn a_second_client_in_the_same_browser_gets_a_code_without_signing_in() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.authorize_and_sign_in(&Flow::confidential(), "alice").await;
    let second = Flow::second();
    let response = app.start_authorization(&second.params()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let callback = url::Url::parse(location(&response)).unwrap();
    assert!(callback.as_str().starts_with(&second.redirect_uri));
    let code = query_param(&callback, "code").expect("a code without a new sign-in");
    assert_eq!(app.exchange_code(&second, &code).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn prompt_login_and_max_age_ask_for_a_new_sign_in() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.authorize_and_sign_in(&Flow::confidential(), "alice").await;
    let login = app
        .start_authorization(&Flow::second().with("prompt", "login").params())
        .await;
    assert!(location(&login).starts_with(&app.url("/sign-in")));
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let max_age = app
        .start_authorization(&Flow::second().with("max_age", "0").params())
        .await;
    assert!(location(&max_age).starts_with(&app.url("/sign-in")));
    let none = app
        .start_authorization(&Flow::second().with("prompt", "none").params())
        .await;
    let callback = url::Url::parse(location(&none)).unwrap();
    assert!(
        query_param(&callback, "code").is_some(),
        "prompt=none with a session gives a code"
    );
}
