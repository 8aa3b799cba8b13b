//! Look-alike usernames: width and compatibility forms are one name, invisible characters and
//! mixed scripts are refused, and whole-script look-alikes share a skeleton that is unique.

use std::time::Duration;

use gatehouse::{service, storage};
use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::json;

use crate::helpers::{Flow, PASSWORD, TestApp, error_code};

const NEW_PASSWORD: &str = "Granite-Orbit-93";
/// All-Cyrillic а, ӏ, і, с, е: it reads `alice`.
const CYRILLIC_ALICE: &str = "аӏісе";

async fn app_with_alice() -> TestApp {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app
}

async fn choose_username(app: &TestApp, name: &str) -> (StatusCode, String) {
    assert_eq!(
        app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let response = app
        .post_json("/api/experience/profile", json!({"type": "username", "value": name}))
        .await;
    if response.status() == StatusCode::NO_CONTENT {
        return (StatusCode::NO_CONTENT, String::new());
    }
    error_code(response).await
}

fn taken() -> (StatusCode, String) {
    (StatusCode::UNPROCESSABLE_ENTITY, "user.username_taken".into())
}

#[tokio::test]
async fn a_full_width_spelling_of_a_taken_name_is_taken() {
    let app = app_with_alice().await;
    assert_eq!(choose_username(&app, "ａｌｉｃｅ").await, taken());
    assert_eq!(choose_username(&app, "ＡＬＩＣＥ").await, taken());
}

#[tokio::test]
async fn a_whole_script_look_alike_of_a_taken_name_is_taken() {
    let app = app_with_alice().await;
    assert_eq!(choose_username(&app, CYRILLIC_ALICE).await, taken());
    // Digit zero against capital O, once names are matched without case.
    app.create_user("BOB", "bob@example.com").await;
    assert_eq!(choose_username(&app, "b0b").await, taken());
}

#[tokio::test]
async fn a_name_mixing_scripts_is_refused() {
    let app = app_with_alice().await;
    // Cyrillic а (U+0430), then Latin.
    assert_eq!(
        choose_username(&app, "аlice").await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.username_mixed_script".into())
    );
    // One script, or Han with kana, is a name like any other.
    assert_eq!(choose_username(&app, "Дмитрий").await.0, StatusCode::NO_CONTENT);
    assert_eq!(choose_username(&app, "やまだ太郎").await.0, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_name_with_invisible_characters_is_refused() {
    let app = app_with_alice().await;
    for name in ["alice\u{200B}", "al\u{200D}ice", "\u{202E}ecila"] {
        assert_eq!(
            choose_username(&app, name).await,
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "user.username_invisible_characters".into()
            ),
            "{name:?}"
        );
    }
}

#[tokio::test]
async fn an_administrator_cannot_create_a_look_alike_either() {
    let app = app_with_alice().await;
    let create = |username: &str| {
        service::users::create(
            &app.state,
            service::users::CreateUser {
                username: username.into(),
                email: None,
                name: None,
                password: SecretString::from(PASSWORD),
            },
        )
    };
    assert_eq!(create(CYRILLIC_ALICE).await.unwrap_err().code(), "user.username_taken");
    assert_eq!(create("ａｌｉｃｅ").await.unwrap_err().code(), "user.username_taken");
    assert_eq!(create("аlice").await.unwrap_err().code(), "user.username_mixed_script");
    assert_eq!(
        create("alice\u{2060}").await.unwrap_err().code(),
        "user.username_invisible_characters"
    );
}

#[tokio::test]
async fn the_full_width_spelling_signs_in_and_shares_the_lockout_counter() {
    let app = TestApp::spawn_with(|s| s.lockout.max_failed_attempts = 3).await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app.identify_with_password("ＡＬＩＣＥ", PASSWORD).await;

    app.start_authorization(&Flow::second().with("prompt", "login").params())
        .await;
    app.start_sign_in().await;
    let invalid = (StatusCode::UNPROCESSABLE_ENTITY, "session.invalid_credentials".into());
    // A name no account may hold finds nobody, as an unknown name does.
    assert_eq!(
        error_code(app.verify_password("alice\u{200B}", PASSWORD).await).await,
        invalid
    );
    for spelling in ["ａｌｉｃｅ", "Ａlice", "ALICE"] {
        assert_eq!(
            error_code(app.verify_password(spelling, "not the password").await).await,
            invalid
        );
    }
    assert_eq!(
        error_code(app.verify_password("alice", PASSWORD).await).await,
        invalid,
        "three failures under full-width spellings lock alice"
    );
}

#[tokio::test]
async fn of_two_concurrent_look_alike_registrations_one_wins() {
    let app = TestApp::spawn().await;
    let (first, second) = (app.new_browser(), app.new_browser());
    for (browser, name) in [(&first, "scope"), (&second, "ѕсоре")] {
        browser.start_authorization(&Flow::confidential().params()).await;
        assert_eq!(choose_username(browser, name).await.0, StatusCode::NO_CONTENT);
        let password = browser
            .post_json(
                "/api/experience/profile",
                json!({"type": "password", "value": NEW_PASSWORD}),
            )
            .await;
        assert_eq!(password.status(), StatusCode::NO_CONTENT);
    }
    let (a, b) = futures::join!(first.submit(), second.submit());
    let mut outcomes = [a.status(), b.status()];
    outcomes.sort();
    assert_eq!(outcomes, [StatusCode::OK, StatusCode::UNPROCESSABLE_ENTITY]);
    let loser = if a.status() == StatusCode::OK { b } else { a };
    assert_eq!(error_code(loser).await, taken());
}

/// A user as an older Gatehouse stored it: name lowercased only, no skeleton.
async fn insert_legacy_user(app: &TestApp, username: &str) {
    let hash = app.state.hasher.hash(&SecretString::from(PASSWORD)).await.unwrap();
    insert_legacy_row(app, username, Some(hash)).await;
    // Apart in time, so that the oldest is known.
    tokio::time::sleep(Duration::from_millis(20)).await;
}

async fn insert_legacy_row(app: &TestApp, username: &str, password_hash: Option<String>) {
    storage::users::insert(
        &app.state.db,
        storage::users::NewUser {
            id: None,
            username: Some(username.into()),
            username_normalized: Some(username.to_lowercase()),
            username_skeleton: None,
            email: None,
            email_normalized: None,
            email_verified: false,
            name: None,
            password_hash,
            security_stamp: "stamp".into(),
        },
    )
    .await
    .unwrap()
    .expect("no look-alike checks without skeletons");
}

#[tokio::test]
async fn names_stored_before_the_checks_are_normalised_at_start_and_the_oldest_keeps_its_name() {
    let old = TestApp::spawn().await;
    insert_legacy_user(&old, "alice").await;
    insert_legacy_user(&old, CYRILLIC_ALICE).await;
    insert_legacy_user(&old, "ＢＯＢ").await;

    let app = old.second_instance().await;
    let left: Vec<String> = storage::users::without_skeleton(&app.state.db, None, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.username)
        .collect();
    assert_eq!(left, [CYRILLIC_ALICE], "the younger look-alike holds no skeleton");

    app.start_authorization(&Flow::confidential().params()).await;
    // The full-width name is now matched as `bob`.
    app.identify_with_password("bob", PASSWORD).await;
    // The younger look-alike still signs in; nobody can take a name like theirs.
    let other = app.new_browser();
    other.start_authorization(&Flow::confidential().params()).await;
    other.identify_with_password(CYRILLIC_ALICE, PASSWORD).await;
    let newcomer = app.new_browser();
    newcomer.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(choose_username(&newcomer, "ALICE").await, taken());
    assert_eq!(choose_username(&newcomer, "Ｂob").await, taken());
}

#[tokio::test]
async fn every_stored_name_is_normalised_however_many_there_are() {
    let old = TestApp::spawn().await;
    // More than a page, one look-alike among them (`user1` reads `userl`).
    for n in 0..1_030 {
        insert_legacy_row(&old, &format!("user{n}"), None).await;
    }
    insert_legacy_row(&old, "userl", None).await;
    insert_legacy_row(&old, "ＺＥＤ", None).await;

    let app = old.second_instance().await;
    let left: Vec<String> = storage::users::without_skeleton(&app.state.db, None, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.username)
        .collect();
    assert_eq!(left, ["userl"]);
    app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(choose_username(&app, "zed").await, taken(), "the last one was reached");
}

#[tokio::test]
async fn the_database_refuses_a_second_account_with_one_skeleton() {
    let app = app_with_alice().await;
    let inserted = storage::users::insert(
        &app.state.db,
        storage::users::NewUser {
            id: None,
            username: Some(CYRILLIC_ALICE.into()),
            username_normalized: Some(CYRILLIC_ALICE.into()),
            username_skeleton: Some("alice".into()),
            email: None,
            email_normalized: None,
            email_verified: false,
            name: None,
            password_hash: None,
            security_stamp: "stamp".into(),
        },
    )
    .await
    .unwrap();
    assert!(
        inserted.is_none(),
        "a registration that passed its check in a race is refused"
    );
}
