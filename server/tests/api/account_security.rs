//! `/api/my-account`: verifications, the password, sessions.

use gatehouse::storage::Conn;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    account_client::other_code,
    helpers::{Flow, PASSWORD, TestApp, error_code, query_param},
};

const NEW_PASSWORD: &str = "A brand new passphrase 7";

async fn refresh(app: &TestApp, flow: &Flow, refresh_token: &str) -> StatusCode {
    app.api
        .post(app.url("/oidc/token"))
        .basic_auth(&flow.client_id, flow.secret.as_deref())
        .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh_token)])
        .send()
        .await
        .unwrap()
        .status()
}

/// Whether this browser's SSO session still signs it in without a prompt.
async fn still_signed_in(app: &TestApp) -> bool {
    let start = app
        .start_authorization(&Flow::second().with("prompt", "none").params())
        .await;
    let callback = url::Url::parse(crate::helpers::location(&start)).unwrap();
    query_param(&callback, "code").is_some()
}

#[tokio::test]
async fn sensitive_changes_need_a_live_verification_of_this_account() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.create_user("bob", "bob@example.com").await;
    let alice = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let bob_browser = app.new_browser();
    let bob = bob_browser
        .sign_in_for_account(Flow::confidential(), "bob")
        .await
        .access;
    let body = json!({"password": NEW_PASSWORD});

    let none = app
        .account_call(Method::PUT, "/password", &alice, None, Some(body.clone()))
        .await;
    assert!(
        none.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .contains("insufficient_user_authentication")
    );
    assert_eq!(
        error_code(none).await,
        (StatusCode::UNAUTHORIZED, "account.verification_required".into())
    );
    let made_up = app
        .account_call(Method::PUT, "/password", &alice, Some("made-up"), Some(body.clone()))
        .await;
    assert_eq!(error_code(made_up).await.1, "account.verification_required");

    let bobs = bob_browser.verify_account(&bob).await;
    let someone_elses = app
        .account_call(Method::PUT, "/password", &alice, Some(&bobs), Some(body.clone()))
        .await;
    assert_eq!(error_code(someone_elses).await.1, "account.verification_required");

    let expired = app.verify_account(&alice).await;
    app.state
        .db
        .execute_unprepared("UPDATE account_verifications SET expires_at = created_at")
        .await
        .unwrap();
    let late = app
        .account_call(Method::PUT, "/password", &alice, Some(&expired), Some(body.clone()))
        .await;
    assert_eq!(error_code(late).await.1, "account.verification_required");

    let fresh = app.verify_account(&alice).await;
    let done = app
        .account_call(Method::PUT, "/password", &alice, Some(&fresh), Some(body))
        .await;
    assert_eq!(done.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_count_toward_lockout() {
    let app = TestApp::spawn_with(|s| s.lockout.max_failed_attempts = 3).await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    for _ in 0..3 {
        let wrong = app
            .account_call(
                Method::POST,
                "/verifications/password",
                &token,
                None,
                Some(json!({"password": "wrong"})),
            )
            .await;
        assert_eq!(
            error_code(wrong).await,
            (StatusCode::FORBIDDEN, "account.invalid_password".into())
        );
    }
    // Locked: the right password is refused here and at sign-in.
    let right = app
        .account_call(
            Method::POST,
            "/verifications/password",
            &token,
            None,
            Some(json!({"password": PASSWORD})),
        )
        .await;
    assert_eq!(error_code(right).await.1, "account.invalid_password");
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.start_sign_in().await;
    let refused = browser.verify_password("alice", PASSWORD).await;
    assert_eq!(error_code(refused).await.1, "session.invalid_credentials");
}

#[tokio::test]
async fn a_code_to_the_confirmed_address_proves_it_is_you() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let (id, code) = app
        .account_code_from_mail("/verifications/email-code", &token, None, None, "alice@example.com")
        .await;
    let wrong = app.verify_account_code(&token, &id, other_code(&code)).await;
    assert_eq!(error_code(wrong).await.1, "verification_code.mismatch");
    // A code that is not yet verified proves nothing.
    let early = app.set_account_password(&token, Some(&id), NEW_PASSWORD).await;
    assert_eq!(error_code(early).await.1, "account.verification_required");
    let verified = app.verify_account_code(&token, &id, &code).await;
    assert_eq!(verified.status(), StatusCode::OK);
    let proof = verified.json::<Value>().await.unwrap()["verificationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let again = app.verify_account_code(&token, &id, &code).await;
    assert_eq!(error_code(again).await.1, "verification_code.used");
    let done = app.set_account_password(&token, Some(&proof), NEW_PASSWORD).await;
    assert_eq!(done.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_new_password_ends_other_sessions_and_refresh_tokens_but_not_the_current_one() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let here = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let other_browser = app.new_browser();
    let there = other_browser.sign_in_for_account(Flow::confidential(), "alice").await;
    // Another application signed in through this very session.
    let second_flow = Flow::second();
    let callback = app.start_authorization(&second_flow.params()).await;
    let callback = url::Url::parse(crate::helpers::location(&callback)).unwrap();
    let second = app
        .tokens_for(&second_flow, &query_param(&callback, "code").unwrap())
        .await;

    let weak = app
        .account_call(
            Method::PUT,
            "/password",
            &here.access,
            Some(&app.verify_account(&here.access).await),
            Some(json!({"password": "alice"})),
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let weak: Value = weak.json().await.unwrap();
    assert_eq!(weak["code"], "user.weak_password");
    assert!(weak["details"]["rules"].as_array().unwrap().len() >= 2, "{weak}");

    let verification = app.verify_account(&here.access).await;
    let changed = app
        .set_account_password(&here.access, Some(&verification), NEW_PASSWORD)
        .await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);

    // This session and this token go on.
    app.my_account(&here.access).await;
    assert_eq!(
        refresh(&app, &Flow::confidential(), here.refresh.as_deref().unwrap()).await,
        StatusCode::OK
    );
    assert!(still_signed_in(&app).await);
    // The other browser is signed out and its tokens end; so do other grants of this session.
    let refused = other_browser
        .account_call(Method::GET, "", &there.access, None, None)
        .await;
    assert_eq!(error_code(refused).await.1, "account.invalid_token");
    assert_eq!(
        refresh(&app, &Flow::confidential(), there.refresh.as_deref().unwrap()).await,
        StatusCode::BAD_REQUEST
    );
    assert!(!still_signed_in(&other_browser).await);
    assert_eq!(
        refresh(&app, &second_flow, second.refresh.as_deref().unwrap()).await,
        StatusCode::BAD_REQUEST
    );
    // The new password signs in, the old one no more; the owner is told.
    let fresh = app.new_browser();
    fresh.start_authorization(&Flow::confidential().params()).await;
    fresh.start_sign_in().await;
    assert_eq!(
        error_code(fresh.verify_password("alice", PASSWORD).await).await.1,
        "session.invalid_credentials"
    );
    assert_eq!(
        fresh.verify_password("alice", NEW_PASSWORD).await.status(),
        StatusCode::OK
    );
    let notice = app.wait_for_mail("alice@example.com", 1).await;
    assert!(notice.subject.contains("password"), "{notice:?}");
}

#[tokio::test]
async fn an_account_without_a_password_sets_one_after_an_email_code() {
    let app = TestApp::spawn_with(|s| s.sign_in.local_by_email = true).await;
    let id = crate::account_profile::create_user_without_username(&app, "carol@example.com").await;
    let token = crate::account_profile::sign_in_by_email(&app, "carol@example.com").await;
    // Drop the password the fixture gave, as an invited or external account has none.
    app.state
        .db
        .execute_unprepared(&format!("UPDATE users SET password_hash = NULL WHERE id = '{id}'"))
        .await
        .unwrap();
    assert_eq!(app.my_account(&token).await["hasPassword"], false);
    let no_password = app
        .account_call(
            Method::POST,
            "/verifications/password",
            &token,
            None,
            Some(json!({"password": PASSWORD})),
        )
        .await;
    assert_eq!(error_code(no_password).await.1, "account.no_password");
    let (id, code) = app
        .account_code_from_mail("/verifications/email-code", &token, None, None, "carol@example.com")
        .await;
    let proof: Value = app.verify_account_code(&token, &id, &code).await.json().await.unwrap();
    let set = app
        .account_call(
            Method::PUT,
            "/password",
            &token,
            proof["verificationId"].as_str(),
            Some(json!({"password": NEW_PASSWORD})),
        )
        .await;
    assert_eq!(set.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.my_account(&token).await["hasPassword"], true);
}

#[tokio::test]
async fn sessions_are_listed_and_another_one_is_signed_out() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let here = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let phone = app.new_browser();
    let there = phone.sign_in_for_account(Flow::confidential(), "alice").await;
    let laptop = app.new_browser();
    let third = laptop.sign_in_for_account(Flow::public(), "alice").await;

    let list: Value = app
        .account_call(Method::GET, "/sessions", &here.access, None, None)
        .await
        .json()
        .await
        .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    let current = list.iter().find(|s| s["current"] == true).unwrap();
    assert_eq!(current["ip"], "127.0.0.1");
    assert!(current["userAgent"].is_string() || current["userAgent"].is_null());

    let refused = app
        .account_call(
            Method::DELETE,
            &format!("/sessions/{}", current["id"].as_str().unwrap()),
            &here.access,
            None,
            None,
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "account.current_session".into())
    );
    let unknown = app
        .account_call(Method::DELETE, "/sessions/nope", &here.access, None, None)
        .await;
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::NOT_FOUND, "account.session_not_found".into())
    );

    // The phone's session: the one whose token answers `current` from there.
    let phone_list: Value = phone
        .account_call(Method::GET, "/sessions", &there.access, None, None)
        .await
        .json()
        .await
        .unwrap();
    let phone_id = phone_list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let ended = app
        .account_call(
            Method::DELETE,
            &format!("/sessions/{phone_id}"),
            &here.access,
            None,
            None,
        )
        .await;
    assert_eq!(ended.status(), StatusCode::NO_CONTENT);
    assert!(!still_signed_in(&phone).await);
    assert_eq!(
        error_code(phone.account_call(Method::GET, "", &there.access, None, None).await)
            .await
            .1,
        "account.invalid_token"
    );
    assert!(still_signed_in(&laptop).await);

    let others: Value = app
        .account_call(Method::DELETE, "/sessions", &here.access, None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(others["ended"], 1);
    assert!(!still_signed_in(&laptop).await);
    assert_eq!(
        laptop
            .account_call(Method::GET, "", &third.access, None, None)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert!(still_signed_in(&app).await);
    app.my_account(&here.access).await;
}
