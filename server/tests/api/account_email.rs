//! `/api/my-account/email`: a new address only after its code, confirmation of the current one.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{Flow, TestApp, error_code};

async fn verify_email(app: &TestApp, token: &str, id: &str, code: &str) -> reqwest::Response {
    app.account_call(
        Method::POST,
        "/email/verify",
        token,
        None,
        Some(json!({"verificationId": id, "code": code})),
    )
    .await
}

#[tokio::test]
async fn the_address_changes_only_once_the_code_sent_there_comes_back() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let change = json!({"email": "alice@new.example"});
    let unverified = app
        .account_call(Method::POST, "/email", &token, None, Some(change.clone()))
        .await;
    assert_eq!(error_code(unverified).await.1, "account.verification_required");

    let verification = app.verify_account(&token).await;
    let same = app
        .account_call(
            Method::POST,
            "/email",
            &token,
            Some(&verification),
            Some(json!({"email": "ALICE@example.com"})),
        )
        .await;
    assert_eq!(error_code(same).await.1, "account.email_unchanged");
    let invalid = app
        .account_call(
            Method::POST,
            "/email",
            &token,
            Some(&verification),
            Some(json!({"email": "not-an-address"})),
        )
        .await;
    assert_eq!(error_code(invalid).await.1, "user.invalid_email");
    let (id, code) = app
        .account_code_from_mail("/email", &token, Some(&verification), Some(change), "alice@new.example")
        .await;
    // Nothing changed yet.
    assert_eq!(app.my_account(&token).await["email"], "alice@example.com");
    let wrong = verify_email(&app, &token, &id, crate::account_client::other_code(&code)).await;
    assert_eq!(error_code(wrong).await.1, "verification_code.mismatch");
    assert_eq!(app.my_account(&token).await["email"], "alice@example.com");

    let done = verify_email(&app, &token, &id, &code).await;
    assert_eq!(done.status(), StatusCode::OK);
    let me: Value = done.json().await.unwrap();
    assert_eq!(
        (me["email"].clone(), me["emailVerified"].clone()),
        (json!("alice@new.example"), json!(true))
    );
    let notice = app.wait_for_mail("alice@example.com", 1).await;
    assert!(notice.body.contains("alice@new.example"), "{notice:?}");
    let replayed = verify_email(&app, &token, &id, &code).await;
    assert_eq!(error_code(replayed).await.1, "verification_code.used");
}

#[tokio::test]
async fn a_taken_address_is_told_only_to_whoever_proves_the_mailbox() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.create_user("bob", "bob@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let verification = app.verify_account(&token).await;
    // Asking answers as for a free address; a code goes to the mailbox.
    let (id, code) = app
        .account_code_from_mail(
            "/email",
            &token,
            Some(&verification),
            Some(json!({"email": "bob@example.com"})),
            "bob@example.com",
        )
        .await;
    let taken = verify_email(&app, &token, &id, &code).await;
    assert_eq!(
        error_code(taken).await,
        (StatusCode::CONFLICT, "user.email_taken".into())
    );
    assert_eq!(app.my_account(&token).await["email"], "alice@example.com");
}

#[tokio::test]
async fn someone_elses_code_changes_nothing() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.create_user("mallory", "mallory@example.com").await;
    let alice = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let other = app.new_browser();
    let mallory = other.sign_in_for_account(Flow::confidential(), "mallory").await.access;
    let verification = app.verify_account(&alice).await;
    let (id, code) = app
        .account_code_from_mail(
            "/email",
            &alice,
            Some(&verification),
            Some(json!({"email": "alice@new.example"})),
            "alice@new.example",
        )
        .await;
    let stolen = verify_email(&other, &mallory, &id, &code).await;
    assert_eq!(
        error_code(stolen).await,
        (StatusCode::NOT_FOUND, "account.verification_not_found".into())
    );
    assert_eq!(other.my_account(&mallory).await["email"], "mallory@example.com");
}

#[tokio::test]
async fn an_unconfirmed_address_is_confirmed_by_a_code() {
    let app = TestApp::spawn().await;
    let id = app.create_user("alice", "alice@example.com").await;
    gatehouse::storage::Conn::execute_unprepared(
        &app.state.db,
        &format!("UPDATE users SET email_verified = false WHERE id = '{id}'"),
    )
    .await
    .unwrap();
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    assert_eq!(app.my_account(&token).await["emailVerified"], false);
    // An unconfirmed address cannot prove it is you.
    let refused = app
        .account_call(Method::POST, "/verifications/email-code", &token, None, None)
        .await;
    assert_eq!(error_code(refused).await.1, "account.no_confirmed_email");
    let (vid, code) = app
        .account_code_from_mail("/email/confirmation", &token, None, None, "alice@example.com")
        .await;
    let confirmed = verify_email(&app, &token, &vid, &code).await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(app.my_account(&token).await["emailVerified"], true);
    let again = app
        .account_call(Method::POST, "/email/confirmation", &token, None, None)
        .await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::CONFLICT, "account.email_already_verified".into())
    );
}
