//! Registration with an email proved by a code, and an email added to a username registration.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    helpers::{Flow, TestApp, error_code, location, profile_step, query_param, verify_jwt},
    mail::code_in,
};

const NEW_PASSWORD: &str = "Velvet-Harbor-27";

impl TestApp {
    pub async fn give_profile(&self, body: Value) -> reqwest::Response {
        self.post_json("/api/experience/profile", body).await
    }

    /// Submits, follows the resume and exchanges the code: the new account's ID token claims.
    pub async fn submit_and_read_id_token(&self, flow: &Flow) -> Value {
        let submitted = self.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK, "{:?}", submitted.text().await);
        let submitted: Value = submitted.json().await.unwrap();
        let resumed = self.follow(submitted["redirectTo"].as_str().unwrap()).await;
        let callback = url::Url::parse(location(&resumed)).unwrap();
        let code = query_param(&callback, "code").expect("a code");
        let tokens: Value = self.exchange_code(flow, &code).await.json().await.unwrap();
        verify_jwt(
            &self.jwks().await,
            tokens["id_token"].as_str().unwrap(),
            &self.issuer(),
            &flow.client_id,
        )
    }
}

#[tokio::test]
async fn a_new_user_registers_with_an_email_code_and_signs_in_with_it() {
    let app = TestApp::spawn_with(|s| s.sign_in.local_by_email = true).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    assert_eq!(
        app.next_step().await,
        profile_step(json!(["identifier", "password"]), json!(["email"]))
    );
    let id = app.prove_mailbox("Nina@Example.com", "Register").await;
    assert_eq!(app.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["profile"]["email"], "Nina@Example.com");
    assert_eq!(view["nextSteps"][0]["missing"], json!(["password"]));
    // The password policy knows the address: its local part is refused inside the password.
    let (_, error) = error_code(
        app.give_profile(json!({"type": "password", "value": "nina-Pass-2024"}))
            .await,
    )
    .await;
    assert_eq!(error, "user.weak_password");
    let given = app
        .give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
        .await;
    assert_eq!(given.status(), StatusCode::NO_CONTENT);
    let claims = app.submit_and_read_id_token(&flow).await;
    assert_eq!(claims["email"], "Nina@Example.com");
    assert_eq!(claims["email_verified"], true);

    // The account signs in with its address.
    let other = app.new_browser();
    other.start_authorization(&Flow::confidential().params()).await;
    other.start_sign_in().await;
    let verified = other
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "email", "value": "nina@example.com"}, "password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(verified.status(), StatusCode::OK);
}

#[tokio::test]
async fn registering_a_taken_address_tells_only_its_owner() {
    let app = TestApp::spawn().await;
    app.create_user("olga", "olga@example.com").await;
    app.start_event("Register").await;
    let taken = app.send_code("olga@example.com", "Register").await;
    let stranger = app.new_browser();
    stranger.start_event("Register").await;
    let free = stranger.send_code("free@example.com", "Register").await;
    assert_eq!(taken.status(), free.status());
    let taken: Value = taken.json().await.unwrap();
    let free: Value = free.json().await.unwrap();
    assert_eq!(
        taken.as_object().unwrap().keys().collect::<Vec<_>>(),
        free.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    // The owner is told someone tried, with the code; only with it does the taken address show.
    let mail = app.wait_for_mail("olga@example.com", 1).await;
    assert!(mail.body.contains("already has one"), "{mail:?}");
    let id = taken["verificationId"].as_str().unwrap();
    let verified = app.verify_code("olga@example.com", id, &code_in(&mail)).await;
    assert_eq!(verified.status(), StatusCode::OK);
    assert_eq!(
        error_code(app.identify_with(id).await).await,
        (StatusCode::CONFLICT, "user.email_taken".into())
    );
}

#[tokio::test]
async fn under_username_sign_in_an_email_alone_does_not_make_an_account() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let id = app.prove_mailbox("rae@example.com", "Register").await;
    assert_eq!(app.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    app.give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
        .await;
    assert_eq!(
        app.next_step().await,
        profile_step(json!(["identifier"]), json!(["username"]))
    );
    assert_eq!(error_code(app.submit().await).await.1, "session.profile_incomplete");
}

#[tokio::test]
async fn a_username_registration_confirms_an_added_email_by_code() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    app.give_profile(json!({"type": "username", "value": "paula"})).await;
    let id = app.prove_mailbox("paula@example.com", "Register").await;
    let given = app.give_profile(json!({"type": "email", "verificationId": id})).await;
    assert_eq!(given.status(), StatusCode::NO_CONTENT);
    app.give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
        .await;
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(
        view["profile"],
        json!({"username": "paula", "email": "paula@example.com", "invited": false, "passwordSet": true})
    );
    let claims = app.submit_and_read_id_token(&flow).await;
    assert_eq!(claims["preferred_username"], "paula");
    assert_eq!(claims["email_verified"], true);
}

#[tokio::test]
async fn an_unverified_code_does_not_give_an_address() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let id = app.code_sent("quinn@example.com", "Register").await;
    assert_eq!(
        error_code(app.identify_with(&id).await).await.1,
        "session.verification_not_found"
    );
    assert_eq!(
        error_code(app.give_profile(json!({"type": "email", "verificationId": id})).await)
            .await
            .1,
        "session.verification_not_found"
    );
    assert_eq!(
        error_code(app.give_profile(json!({"type": "email"})).await).await.1,
        "request.invalid_body"
    );
}
