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
    let unlock = |args: &[&str]| app.run_cli(&[&["user", "unlock"], args].concat());
    let out = unlock(&["--username", "Alice"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "unlocked");
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::OK);
    let again = unlock(&["--username", "alice"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout).trim(), "nothing to unlock");
}

/// Attempts are counted when they arrive, before argon2: a burst in one interaction gets no
/// more passwords checked than the lock allows, and the right password arriving while earlier
/// wrong ones wait for argon2 does not slip through.
#[tokio::test]
async fn a_burst_of_concurrent_guesses_gets_no_more_checks_than_the_lock_allows() {
    let app = app_with(|s| {
        // One hash at a time, each slow: the wrong guesses queue for argon2 while the right
        // password arrives.
        s.lockout.max_failed_attempts = 5;
        s.password_hashing.max_concurrent = 1;
        s.password_hashing.memory_kib = 64 * 1024;
        s.password_hashing.iterations = 6;
        // The queue is slow by design; on a loaded machine it may outlast the default 30 s.
        s.http.request_timeout = gatehouse::config::Span::from_secs(300);
    })
    .await;
    let guesses = futures::future::join_all((0..20).map(|_| attempt(&app, "alice", WRONG)));
    let right = async {
        tokio::time::sleep(Duration::from_millis(250)).await;
        attempt(&app, "alice", PASSWORD).await
    };
    let (guesses, right) = tokio::join!(guesses, right);
    assert_eq!(
        right,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.invalid_credentials".into())
    );
    assert!(
        guesses
            .iter()
            .all(|(status, _)| *status == StatusCode::UNPROCESSABLE_ENTITY)
    );
    assert_eq!(
        attempt(&app, "alice", PASSWORD).await.0,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the burst locked alice"
    );
}

/// Password spraying: failed passwords are limited per client, whatever the identifier; a
/// correct password gives its try back.
#[tokio::test]
async fn failed_passwords_are_limited_per_client_across_identifiers() {
    let app = app_with(|s| {
        s.rate_limits.password_per_ip.max = 3;
        s.trusted_proxies = vec!["127.0.0.1".into()];
    })
    .await;
    app.create_user("bob", "bob@example.com").await;
    fail_times(&app, "alice", 1).await;
    fail_times(&app, "nobody", 1).await;
    assert_eq!(attempt(&app, "bob", PASSWORD).await.0, StatusCode::OK);
    fail_times(&app, "bob", 1).await;
    let over = app.verify_password("carol", WRONG).await;
    let retry_after: u64 = over.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after > 0 && retry_after <= 15 * 60, "{retry_after}");
    assert_eq!(
        error_code(over).await,
        (StatusCode::TOO_MANY_REQUESTS, "rate_limit.exceeded".into())
    );
    // Even the right password waits: nothing is checked over the limit.
    assert_eq!(attempt(&app, "alice", PASSWORD).await.0, StatusCode::TOO_MANY_REQUESTS);
    // Another client behind the trusted proxy has its own count.
    let forwarded = app
        .api
        .post(app.url("/api/experience/verification/password"))
        .header("x-forwarded-for", "203.0.113.9")
        .json(&serde_json::json!({"identifier": {"type": "username", "value": "alice"}, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(forwarded.status(), StatusCode::OK);
}
