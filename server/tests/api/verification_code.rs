//! One-time email codes: `/verification/verification-code` and `/verify`.

use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    helpers::{Flow, TestApp, error_code},
    mail::code_in,
};

impl TestApp {
    /// A browser arriving from a client and starting `event`.
    pub async fn start_event(&self, event: &str) {
        self.start_authorization(&Flow::confidential().params()).await;
        let started = self
            .put_json("/api/experience", json!({"interactionEvent": event}))
            .await;
        assert_eq!(started.status(), StatusCode::NO_CONTENT, "{:?}", started.text().await);
    }

    pub async fn send_code(&self, email: &str, event: &str) -> Response {
        self.post_json(
            "/api/experience/verification/verification-code",
            json!({"identifier": {"type": "email", "value": email}, "interactionEvent": event}),
        )
        .await
    }

    /// Sends a code and returns its verification id.
    pub async fn code_sent(&self, email: &str, event: &str) -> String {
        let sent = self.send_code(email, event).await;
        assert_eq!(sent.status(), StatusCode::OK, "{:?}", sent.text().await);
        sent.json::<Value>().await.unwrap()["verificationId"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub async fn verify_code(&self, email: &str, verification_id: &str, code: &str) -> Response {
        self.post_json(
            "/api/experience/verification/verification-code/verify",
            json!({"identifier": {"type": "email", "value": email}, "verificationId": verification_id, "code": code}),
        )
        .await
    }

    pub async fn identify_with(&self, verification_id: &str) -> Response {
        self.post_json(
            "/api/experience/identification",
            json!({"verificationId": verification_id}),
        )
        .await
    }

    /// Sends a code to `email` and reads it from the mail: `(verification id, code)`.
    pub async fn code_from_mail(&self, email: &str, event: &str) -> (String, String) {
        let before = self.mails_to(email).len();
        let id = self.code_sent(email, event).await;
        (id, code_in(&self.wait_for_mail(email, before + 1).await))
    }

    /// Sends a code to `email`, reads it from the mail and verifies it.
    pub async fn prove_mailbox(&self, email: &str, event: &str) -> String {
        let (id, code) = self.code_from_mail(email, event).await;
        let verified = self.verify_code(email, &id, &code).await;
        assert_eq!(verified.status(), StatusCode::OK, "{:?}", verified.text().await);
        id
    }

    pub async fn next_step(&self) -> Value {
        let view: Value = self.interaction().await.json().await.unwrap();
        view["nextSteps"][0].clone()
    }
}

fn wrong(code: &str) -> String {
    format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000)
}

#[tokio::test]
async fn a_code_arrives_as_six_digits_and_verifies_once() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (id, code) = app.code_from_mail("new@example.com", "Register").await;
    assert_eq!(
        app.next_step().await,
        json!({"type": "verifyCode", "verificationId": id, "email": "new@example.com"})
    );
    assert_eq!(
        error_code(app.verify_code("new@example.com", &id, &wrong(&code)).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "verification_code.mismatch".into())
    );
    assert_eq!(
        app.verify_code("new@example.com", &id, &code).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.next_step().await, json!({"type": "identify", "verificationId": id}));
    assert_eq!(
        error_code(app.verify_code("new@example.com", &id, &code).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "verification_code.used".into())
    );
}

#[tokio::test]
async fn five_wrong_codes_kill_the_code() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (id, code) = app.code_from_mail("new@example.com", "Register").await;
    for _ in 0..5 {
        let (_, error) = error_code(app.verify_code("new@example.com", &id, &wrong(&code)).await).await;
        assert_eq!(error, "verification_code.mismatch");
    }
    assert_eq!(
        error_code(app.verify_code("new@example.com", &id, &code).await).await,
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            "verification_code.too_many_attempts".into()
        )
    );
}

/// Each try is taken before the code is compared, in one conditional update: a burst of wrong
/// codes cannot all read "fewer than 5 tries so far" before any of them is counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_wrong_codes_get_five_tries_in_all() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (id, code) = app.code_from_mail("burst@example.com", "Register").await;
    let bad = wrong(&code);
    // Thirty connections opened beforehand, so that the tries reach the server together.
    futures::future::join_all((0..30).map(|_| app.interaction())).await;
    let answers = futures::future::join_all(
        (0..30).map(|_| async { error_code(app.verify_code("burst@example.com", &id, &bad).await).await }),
    )
    .await;
    let count = |wanted: &str| answers.iter().filter(|(_, code)| code == wanted).count();
    assert_eq!(count("verification_code.mismatch"), 5, "{answers:?}");
    assert_eq!(count("verification_code.too_many_attempts"), 25, "{answers:?}");
    assert_eq!(
        error_code(app.verify_code("burst@example.com", &id, &code).await)
            .await
            .1,
        "verification_code.too_many_attempts"
    );
}

#[tokio::test]
async fn a_newer_code_replaces_the_older_one() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (first, first_code) = app.code_from_mail("first@example.com", "Register").await;
    let second = app.code_sent("second@example.com", "Register").await;
    assert_eq!(
        error_code(app.verify_code("first@example.com", &first, &first_code).await).await,
        (StatusCode::NOT_FOUND, "session.verification_not_found".into())
    );
    let second_code = code_in(&app.wait_for_mail("second@example.com", 1).await);
    assert_eq!(
        app.verify_code("second@example.com", &second, &second_code)
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    use gatehouse::storage::Conn;
    use sea_orm::{DbBackend, Statement};
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (id, code) = app.code_from_mail("late@example.com", "Register").await;
    // A minute ago, not years: the maintenance task deletes codes a day after they expire, and
    // its first round may run at any point of this test.
    let backend = app.state.db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "UPDATE verification_codes SET expires_at = $1",
        _ => "UPDATE verification_codes SET expires_at = ?",
    };
    let a_minute_ago = chrono::Utc::now() - chrono::Duration::minutes(1);
    app.state
        .db
        .execute_raw(Statement::from_sql_and_values(backend, sql, [a_minute_ago.into()]))
        .await
        .unwrap();
    assert_eq!(
        error_code(app.verify_code("late@example.com", &id, &code).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "verification_code.expired".into())
    );
}

#[tokio::test]
async fn sending_is_limited_per_address_with_retry_after() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    app.code_sent("busy@example.com", "Register").await;
    let again = app.send_code("busy@example.com", "Register").await;
    assert_eq!(again.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = again.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body: Value = again.json().await.unwrap();
    assert_eq!(body["code"], "rate_limit.exceeded");
    assert_eq!(body["details"]["retryAfter"], retry_after);
    // The limit is per address: another one is fine.
    assert_eq!(
        app.send_code("idle@example.com", "Register").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_code_belongs_to_its_interaction() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let (id, code) = app.code_from_mail("mine@example.com", "Register").await;
    let other_browser = app.new_browser();
    other_browser.start_event("Register").await;
    assert_eq!(
        error_code(other_browser.verify_code("mine@example.com", &id, &code).await).await,
        (StatusCode::NOT_FOUND, "session.verification_not_found".into())
    );
}

#[tokio::test]
async fn sign_in_codes_need_their_setting_and_every_code_an_address() {
    let app = TestApp::spawn().await;
    app.start_event("SignIn").await;
    // Sign-in by code is off by default (`sign_in.email_code`).
    assert_eq!(
        error_code(app.send_code("a@example.com", "SignIn").await).await.1,
        "session.sign_in_method_disabled"
    );
    // A code for another event than the interaction's.
    assert_eq!(
        error_code(app.send_code("a@example.com", "Register").await).await.1,
        "session.event_not_supported"
    );
    app.start_event("Register").await;
    assert_eq!(
        error_code(app.send_code("not-an-address", "Register").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.invalid_email".into())
    );
}

#[tokio::test]
async fn demo_mode_shows_the_code_to_a_local_client() {
    let app = TestApp::spawn_with(|s| s.demo_mode = true).await;
    app.start_event("Register").await;
    let sent: Value = app
        .send_code("demo@example.com", "Register")
        .await
        .json()
        .await
        .unwrap();
    let mailed = code_in(&app.wait_for_mail("demo@example.com", 1).await);
    assert_eq!(sent["code"], mailed.as_str());

    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let sent: Value = app
        .send_code("demo@example.com", "Register")
        .await
        .json()
        .await
        .unwrap();
    assert!(sent.get("code").is_none());
}

/// The limits are settings: an operator can tighten (or loosen) what a client may send.
#[tokio::test]
async fn the_sending_limits_are_settings() {
    let app = TestApp::spawn_with(|s| s.rate_limits.code_per_ip.max = 2).await;
    app.start_event("Register").await;
    app.code_sent("first@example.com", "Register").await;
    app.code_sent("second@example.com", "Register").await;
    assert_eq!(
        error_code(app.send_code("third@example.com", "Register").await).await,
        (StatusCode::TOO_MANY_REQUESTS, "rate_limit.exceeded".into())
    );

    let app =
        TestApp::spawn_with(|s| s.rate_limits.code_resend_interval = gatehouse::config::Span::from_secs(3600)).await;
    app.start_event("Register").await;
    app.code_sent("first@example.com", "Register").await;
    let again = app.send_code("first@example.com", "Register").await;
    let retry_after: u64 = again.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after > 60, "the hour-long resend interval applies: {retry_after}");
}
