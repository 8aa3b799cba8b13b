//! Password reset: `ForgotPassword`, a code by email, identification, the new password, submit.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    helpers::{Flow, PASSWORD, TestApp, error_code, location, query_param},
    mail::code_in,
};

const NEW_PASSWORD: &str = "Brand-new Lantern 58";

impl TestApp {
    pub async fn set_new_password(&self, password: &str) -> reqwest::Response {
        self.put_json("/api/experience/profile/password", json!({"password": password}))
            .await
    }

    /// The whole reset in this browser; returns the submit's `redirectTo`.
    pub async fn reset_password(&self, email: &str, password: &str) -> String {
        self.start_event("ForgotPassword").await;
        let id = self.prove_mailbox(email, "ForgotPassword").await;
        assert_eq!(self.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
        assert_eq!(self.next_step().await["type"], "resetPassword");
        assert_eq!(self.set_new_password(password).await.status(), StatusCode::NO_CONTENT);
        let submitted = self.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK);
        submitted.json::<Value>().await.unwrap()["redirectTo"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn refresh(&self, flow: &Flow, refresh_token: &str) -> reqwest::Response {
        self.api
            .post(self.url("/oidc/token"))
            .basic_auth(&flow.client_id, flow.secret.as_deref())
            .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh_token)])
            .send()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn a_reset_sets_the_password_signs_in_and_ends_every_other_session_and_token() {
    let app = TestApp::spawn().await;
    app.create_user("dana", "dana@example.com").await;
    // Dana is signed in elsewhere, with a refresh token.
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "dana").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let old_refresh = tokens["refresh_token"].as_str().unwrap().to_owned();

    let other = app.new_browser();
    other.start_event("ForgotPassword").await;
    let id = other.prove_mailbox("dana@example.com", "ForgotPassword").await;
    assert_eq!(other.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    let (status, error) = error_code(other.set_new_password("short").await).await;
    assert_eq!(
        (status, error.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "user.weak_password")
    );
    assert_eq!(
        other.set_new_password(NEW_PASSWORD).await.status(),
        StatusCode::NO_CONTENT
    );
    let submitted: Value = other.submit().await.json().await.unwrap();
    let resumed = other.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let back = url::Url::parse(location(&resumed)).unwrap();
    assert!(query_param(&back, "code").is_some(), "the reset signs in: {back}");

    // The old refresh token and the first browser's session are gone.
    let refreshed = app.refresh(&flow, &old_refresh).await;
    assert_eq!(refreshed.status(), StatusCode::BAD_REQUEST);
    let silent = app
        .start_authorization(&Flow::second().with("prompt", "none").params())
        .await;
    let url = url::Url::parse(location(&silent)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("login_required"));
    // Only the new password works now.
    app.start_authorization(&Flow::confidential().params()).await;
    app.start_sign_in().await;
    assert_eq!(
        error_code(app.verify_password("dana", PASSWORD).await).await.1,
        "session.invalid_credentials"
    );
    app.identify_with_password("dana", NEW_PASSWORD).await;
}

#[tokio::test]
async fn an_unknown_address_gets_the_same_answers_and_no_mail() {
    let app = TestApp::spawn().await;
    app.create_user("erin", "erin@example.com").await;
    app.start_event("ForgotPassword").await;
    let known = app.send_code("erin@example.com", "ForgotPassword").await;
    let known_status = known.status();
    let known: Value = known.json().await.unwrap();
    let stranger = app.new_browser();
    stranger.start_event("ForgotPassword").await;
    let unknown = stranger.send_code("nobody@example.com", "ForgotPassword").await;
    assert_eq!(unknown.status(), known_status);
    let unknown: Value = unknown.json().await.unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&unknown), keys(&known));
    assert_eq!(stranger.next_step().await["type"], "verifyCode");

    let id = unknown["verificationId"].as_str().unwrap();
    assert_eq!(
        error_code(stranger.verify_code("nobody@example.com", id, "123456").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "verification_code.mismatch".into())
    );
    assert_eq!(stranger.mail_count_after_a_while("nobody@example.com").await, 0);
    assert_eq!(app.mails_to("erin@example.com").len(), 1);
}

#[tokio::test]
async fn a_reset_can_require_a_confirmed_address() {
    let app = TestApp::spawn_with(|s| s.password_reset.requires_confirmed_email = true).await;
    gatehouse::storage::users::insert(
        &app.state.db,
        gatehouse::storage::users::NewUser {
            id: None,
            username: Some("fay".into()),
            username_normalized: Some("fay".into()),
            username_skeleton: Some("fay".into()),
            email: Some("fay@example.com".into()),
            email_normalized: Some("fay@example.com".into()),
            email_verified: false,
            name: None,
            password_hash: None,
            security_stamp: "s".into(),
        },
    )
    .await
    .unwrap();
    app.create_user("gus", "gus@example.com").await;
    app.start_event("ForgotPassword").await;
    assert_eq!(
        app.send_code("fay@example.com", "ForgotPassword").await.status(),
        StatusCode::OK
    );
    assert_eq!(app.mail_count_after_a_while("fay@example.com").await, 0);
    assert_eq!(
        app.send_code("gus@example.com", "ForgotPassword").await.status(),
        StatusCode::OK
    );
    app.wait_for_mail("gus@example.com", 1).await;
}

#[tokio::test]
async fn reset_is_refused_when_turned_off_and_a_reset_code_signs_no_one_in() {
    let app = TestApp::spawn_with(|s| s.password_reset.enabled = false).await;
    app.start_authorization(&Flow::confidential().params()).await;
    let started = app
        .put_json("/api/experience", json!({"interactionEvent": "ForgotPassword"}))
        .await;
    assert_eq!(
        error_code(started).await,
        (StatusCode::FORBIDDEN, "session.password_reset_disabled".into())
    );

    let app = TestApp::spawn().await;
    app.create_user("hal", "hal@example.com").await;
    app.start_event("ForgotPassword").await;
    let id = app.prove_mailbox("hal@example.com", "ForgotPassword").await;
    assert_eq!(app.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    // Switching to sign-in forgets who the reset identified.
    let switched = app
        .put_json(
            "/api/experience/interaction-event",
            json!({"interactionEvent": "SignIn"}),
        )
        .await;
    assert_eq!(switched.status(), StatusCode::NO_CONTENT);
    assert_eq!(error_code(app.submit().await).await.1, "session.not_identified");
    assert_eq!(
        error_code(app.identify_with(&id).await).await.1,
        "session.verification_not_found"
    );
}

#[tokio::test]
async fn the_reset_mail_is_in_the_browsers_language() {
    let app = TestApp::spawn().await;
    app.create_user("ivy", "ivy@example.com").await;
    app.start_authorization(&Flow::confidential().with("ui_locales", "fr-FR en").params())
        .await;
    app.put_json("/api/experience", json!({"interactionEvent": "ForgotPassword"}))
        .await;
    app.code_sent("ivy@example.com", "ForgotPassword").await;
    let mail = app.wait_for_mail("ivy@example.com", 1).await;
    assert!(mail.body.contains("Le code est"), "{mail:?}");
    assert!(
        mail.subject.contains("=?utf-8?") || mail.subject.contains("mot de passe"),
        "{mail:?}"
    );
    let code = code_in(&mail);
    // An HTML part beside the text, saying the same in the same language, under the name the
    // deployment sends as.
    let html = mail.html.as_deref().expect("an HTML part");
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(html.contains("Le code est"), "{html}");
    assert!(html.contains(&format!(">{code}</p>")), "{html}");
    assert!(html.contains(">Gatehouse</p>"), "{html}");
}

#[tokio::test]
async fn a_reset_unlocks_a_locked_account() {
    let app = TestApp::spawn_with(|s| s.lockout.max_failed_attempts = 2).await;
    app.create_user("jon", "jon@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app.start_sign_in().await;
    for _ in 0..2 {
        app.verify_password("jon", "wrong password").await;
    }
    assert_eq!(
        error_code(app.verify_password("jon", PASSWORD).await).await.1,
        "session.invalid_credentials"
    );
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.reset_password("jon@example.com", NEW_PASSWORD).await;
    app.start_authorization(&Flow::confidential().with("prompt", "login").params())
        .await;
    app.identify_with_password("jon", NEW_PASSWORD).await;
}
