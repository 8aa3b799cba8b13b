//! Lockout: consecutive wrong passwords per identifier, counted in the database.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Flow, PASSWORD, TestApp, error_code};

const WRONG: &str = "not the password";

async fn app_with(change: impl FnOnce(&mut gatehouse::config::Settings)) -> TestApp {
    let app = TestApp::spawn_with(|s| {
        s.lockout.max_failed_attempts = 3;
        change(s);
    })
    .await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    app
}

/// The status and error code of one password attempt (200 and "" on success).
async fn attempt(app: &TestApp, username: &str, password: &str) -> (StatusCode, String) {
    let response = app.verify_password(username, password).await;
    if response.status() == StatusCode::OK {
        return (StatusCode::OK, String::new());
    }
    error_code(response).await
}

async fn fail_times(app: &TestApp, username: &str, times: usize) {
    for _ in 0..times {
        assert_eq!(
            attempt(app, username, WRONG).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "session.invalid_credentials".into())
        );
    }
}

#[tokio::test]
async fn the_right_password_is_refused_like_a_wrong_one_once_locked() {
    let app = app_with(|_| {}).await;
    fail_times(&app, "alice", 3).await;
    assert_eq!(
        attempt(&app, "alice", PASSWORD).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.invalid_credentials".into())
    );
    // Another spelling of the same identifier is the same counter.
    assert_eq!(
        attempt(&app, " ALICE ", PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn a_success_starts_the_count_again() {
    let app = app_with(|_| {}).await;
    fail_times(&app, "alice", 2).await;
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
    fail_times(&app, "alice", 2).await;
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
}

#[tokio::test]
async fn an_unknown_identifier_answers_exactly_like_a_locked_known_one() {
    let app = app_with(|_| {}).await;
    fail_times(&app, "alice", 3).await;
    fail_times(&app, "nobody", 3).await;
    let known = app.verify_password("alice", PASSWORD).await;
    let unknown = app.verify_password("nobody", PASSWORD).await;
    assert_eq!(known.status(), unknown.status());
    let (known, unknown): (Value, Value) = (known.json().await.unwrap(), unknown.json().await.unwrap());
    assert_eq!(known, unknown);
}

#[tokio::test]
async fn the_lock_ends_after_its_duration() {
    let app = app_with(|s| s.lockout.duration = gatehouse::config::Span::from_secs(1)).await;
    fail_times(&app, "alice", 3).await;
    assert_eq!(
        attempt(&app, "alice", PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
}

#[tokio::test]
async fn every_instance_counts_the_same_failures() {
    let app = app_with(|_| {}).await;
    // The other instance runs with the default settings: it counts, and the third failure, on
    // the instance whose limit is 3, locks.
    let other = app.second_instance().await;
    fail_times(&other, "alice", 2).await;
    fail_times(&app, "alice", 1).await;
    assert_eq!(
        attempt(&app, "alice", PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        attempt(&other, "alice", PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn nothing_is_counted_when_failed_passwords_do_not_lock() {
    let app = app_with(|s| s.lockout.on_failed_password = false).await;
    fail_times(&app, "alice", 5).await;
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
}

#[tokio::test]
async fn user_unlock_lifts_the_lock() {
    let app = app_with(|_| {}).await;
    fail_times(&app, "alice", 3).await;
    let config = std::env::temp_dir().join(format!("gatehouse-unlock-{}.toml", uuid::Uuid::new_v4().simple()));
    std::fs::write(
        &config,
        format!("[database]\nurl = \"{}\"\n", app.settings.database.url),
    )
    .unwrap();
    let unlock = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
            .arg("--config")
            .arg(&config)
            .args(["user", "unlock"])
            .args(args)
            .env("GATEHOUSE__LOG__LEVEL", "warn")
            .output()
            .unwrap()
    };
    let out = unlock(&["--username", "Alice"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "unlocked");
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
    let again = unlock(&["--username", "alice"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout).trim(), "nothing to unlock");
}
