//! Registration by username and password: `Register`, profile, submit.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, TestApp, error_code, location, profile_step, query_param};

const NEW_PASSWORD: &str = "Granite-Orbit-93";

async fn app_registering(change: impl FnOnce(&mut gatehouse::config::Settings)) -> TestApp {
    let app = TestApp::spawn_with(change).await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app
}

async fn start_registration(app: &TestApp) -> reqwest::Response {
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await
}

async fn give(app: &TestApp, kind: &str, value: &str) -> reqwest::Response {
    app.post_json("/api/experience/profile", json!({"type": kind, "value": value}))
        .await
}

async fn next_step(app: &TestApp) -> Value {
    let view: Value = app.interaction().await.json().await.unwrap();
    view["nextSteps"][0].clone()
}

#[tokio::test]
async fn a_new_user_registers_and_the_client_gets_their_tokens() {
    let app = app_registering(|_| {}).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    assert_eq!(start_registration(&app).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        next_step(&app).await,
        profile_step(json!(["identifier", "password"]), json!(["username"]))
    );
    assert_eq!(give(&app, "username", "Newbie").await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        next_step(&app).await,
        profile_step(json!(["password"]), json!(["username"]))
    );
    assert_eq!(
        give(&app, "password", NEW_PASSWORD).await.status(),
        StatusCode::NO_CONTENT
    );
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(
        view["profile"],
        json!({"username": "Newbie", "invited": false, "passwordSet": true})
    );
    assert_eq!(view["nextSteps"][0]["type"], "submit");

    let submitted: Value = app.submit().await.json().await.unwrap();
    let resumed = app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let callback = url::Url::parse(location(&resumed)).unwrap();
    let code = query_param(&callback, "code").expect("a code for the new account");
    let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let claims = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(claims["preferred_username"], "Newbie");

    // The new account signs in with its password like any other.
    app.start_authorization(&Flow::second().with("prompt", "login").params())
        .await;
    app.identify_with_password("newbie", NEW_PASSWORD).await;
}

#[tokio::test]
async fn every_broken_password_rule_is_reported_and_nothing_is_kept() {
    let app = app_registering(|_| {}).await;
    start_registration(&app).await;
    give(&app, "username", "newbie").await;
    let refused = give(&app, "password", "newbie1").await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["code"], "user.weak_password");
    assert_eq!(
        body["details"]["rules"],
        json!([
            "password.too_short",
            "password.too_simple",
            "password.contains_identifier"
        ])
    );
    assert_eq!(
        next_step(&app).await,
        profile_step(json!(["password"]), json!(["username"]))
    );
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.profile_incomplete".into())
    );
}

#[tokio::test]
async fn a_taken_or_malformed_username_is_refused() {
    let app = app_registering(|s| s.username.alphanumeric_only = true).await;
    start_registration(&app).await;
    assert_eq!(
        error_code(give(&app, "username", "ALICE").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.username_taken".into())
    );
    assert_eq!(
        error_code(give(&app, "username", "new.bie").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.invalid_username".into())
    );
}

#[tokio::test]
async fn a_name_taken_between_profile_and_submit_creates_nothing() {
    let app = app_registering(|_| {}).await;
    start_registration(&app).await;
    give(&app, "username", "newbie").await;
    give(&app, "password", NEW_PASSWORD).await;
    app.create_user("newbie", "newbie@example.com").await;
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.username_taken".into())
    );
}

#[tokio::test]
async fn registration_settings_decide_what_is_offered() {
    // Off entirely, or neither open nor by invitation.
    for (enabled, open, invitation, code) in [
        (false, true, true, "session.registration_disabled"),
        (true, false, false, "session.registration_disabled"),
    ] {
        let app = app_registering(|s| {
            s.registration.enabled = enabled;
            s.registration.open = open;
            s.registration.invitation = invitation;
        })
        .await;
        assert_eq!(
            error_code(start_registration(&app).await).await,
            (StatusCode::FORBIDDEN, code.into())
        );
        let exp = app.get_json("/api/.well-known/sign-in-exp").await;
        assert_eq!(exp["signUp"]["enabled"], false);
        assert_eq!(
            next_step(&app).await,
            json!({"type": "startInteraction", "events": ["SignIn", "ForgotPassword"]})
        );
    }
    let app = app_registering(|_| {}).await;
    let exp = app.get_json("/api/.well-known/sign-in-exp").await;
    assert_eq!(exp["signUp"]["enabled"], true);
    assert_eq!(
        next_step(&app).await,
        json!({"type": "startInteraction", "events": ["SignIn", "Register", "ForgotPassword"]})
    );
}

#[tokio::test]
async fn profile_steps_belong_to_a_registration() {
    let app = app_registering(|_| {}).await;
    assert_eq!(
        error_code(give(&app, "username", "newbie").await).await,
        (StatusCode::BAD_REQUEST, "session.event_not_set".into())
    );
    app.start_sign_in().await;
    assert_eq!(
        error_code(give(&app, "username", "newbie").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.event_not_supported".into())
    );
    // A sign-in still works after changing one's mind.
    start_registration(&app).await;
    app.identify_with_password("alice", PASSWORD).await;
}

#[tokio::test]
async fn a_third_party_client_asks_the_new_account_for_consent_first() {
    let app = TestApp::spawn().await;
    app.start_authorization(&Flow::third_party().params()).await;
    start_registration(&app).await;
    give(&app, "username", "newbie").await;
    give(&app, "password", NEW_PASSWORD).await;
    assert_eq!(next_step(&app).await["type"], "consent");
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.consent_required".into())
    );
    assert_eq!(
        app.api
            .post(app.url("/api/experience/consent"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let submitted: Value = app.submit().await.json().await.unwrap();
    let resumed = app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    assert!(location(&resumed).contains("code="));
}

#[tokio::test]
async fn trying_usernames_is_limited_per_client() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    for n in 0..60 {
        let tried = app
            .give_profile(json!({"type": "username", "value": format!("try{n}")}))
            .await;
        assert_eq!(tried.status(), StatusCode::NO_CONTENT);
    }
    let over = app.give_profile(json!({"type": "username", "value": "try60"})).await;
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error_code(over).await.1, "rate_limit.exceeded");
}
