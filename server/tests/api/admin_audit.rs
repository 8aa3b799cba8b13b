//! `/api/admin/audit`: the audit log as a back office reads it, administrators' actions
//! included.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    admin_client::ADMIN,
    helpers::{PASSWORD, TestApp, error_code},
};

impl TestApp {
    /// Every event of the audit log the API gives for `query`, page after page of `limit`.
    async fn audit_events(&self, token: &str, query: &str, limit: u64) -> Vec<Value> {
        self.admin_items(token, &format!("/api/admin/audit?limit={limit}&{query}"), None)
            .await
    }
}

#[tokio::test]
async fn administrators_actions_are_recorded_without_secrets() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let (id, secret) = app
        .admin_creates_application(&token, json!({"name": "Shop", "grantTypes": ["client_credentials"]}))
        .await;
    let path = format!("/api/admin/applications/{id}");
    app.admin_ok(
        &token,
        Method::PATCH,
        &path,
        Some(json!({"name": "Shop 2"})),
        StatusCode::OK,
    )
    .await;
    let rotated = app
        .admin_ok(&token, Method::POST, &format!("{path}/secret"), None, StatusCode::OK)
        .await;
    app.admin_ok(&token, Method::DELETE, &path, None, StatusCode::NO_CONTENT)
        .await;
    app.admin_ok(
        &token,
        Method::POST,
        "/api/admin/keys/rotate",
        Some(json!({})),
        StatusCode::OK,
    )
    .await;

    let events = app.audit_events(&token, "", 2).await;
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "admin.application.created",
            "admin.application.updated",
            "admin.application.secret_rotated",
            "admin.application.deleted",
            "admin.key.rotated",
        ]
    );
    for event in &events {
        assert_eq!(event["clientId"], ADMIN);
        assert_eq!(event["ip"], "127.0.0.1");
    }
    assert_eq!(events[0]["details"]["application"], id.as_str());
    let text = serde_json::to_string(&events).unwrap();
    for secret in [
        secret.unwrap().as_str(),
        rotated["clientSecret"].as_str().unwrap(),
        token.as_str(),
    ] {
        assert!(!text.contains(secret), "a secret is in the audit log");
    }
    let only = app.audit_events(&token, "type=admin.key.rotated", 10).await;
    assert_eq!(only.len(), 1);
}

#[tokio::test]
async fn sign_ins_are_read_by_user_and_type() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let alice = app.create_user("alice", "alice@example.com").await;
    let bob = app.create_user("bob", "bob@example.com").await;
    for (user, password) in [("alice", "wrong password 1"), ("bob", PASSWORD), ("alice", PASSWORD)] {
        let browser = app.new_browser();
        browser
            .start_authorization(&crate::helpers::Flow::confidential().params())
            .await;
        browser.start_sign_in().await;
        let verified = browser.verify_password(user, password).await;
        if verified.status() == StatusCode::OK {
            let id = verified.json::<Value>().await.unwrap()["verificationId"].clone();
            browser
                .post_json("/api/experience/identification", json!({"verificationId": id}))
                .await;
            assert_eq!(browser.submit().await.status(), StatusCode::OK);
        }
    }
    let of_alice = app.audit_events(&token, &format!("user={alice}"), 50).await;
    let kinds: Vec<&str> = of_alice.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["sign_in.failed", "sign_in.succeeded"]);
    assert!(of_alice.iter().all(|e| e["userId"] == alice.as_str()));
    let succeeded = app.audit_events(&token, "type=sign_in.succeeded", 1).await;
    let users: Vec<&str> = succeeded.iter().map(|e| e["userId"].as_str().unwrap()).collect();
    assert_eq!(users, [bob.as_str(), alice.as_str()]);
    let later = app.audit_events(&token, "since=2999-01-01T00:00:00Z", 10).await;
    assert!(later.is_empty());
    let unknown = app
        .admin_call(Method::GET, "/api/admin/audit?type=no.such", Some(&token), None)
        .await;
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
}

/// What an operator changes with the command line is in the same log, said to come from it.
#[tokio::test]
async fn the_command_lines_changes_are_recorded_too() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let alice = app.create_user("alice", "alice@example.com").await;
    for args in [
        vec!["user", "disable", alice.as_str()],
        vec!["user", "enable", alice.as_str()],
        vec!["client", "create", "--name", "Ops", "--admin"],
        vec!["keys", "rotate"],
    ] {
        let out = app.run_cli(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let events = app.audit_events(&token, "", 50).await;
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "admin.user.locked",
            "admin.user.unlocked",
            "admin.application.created",
            "admin.key.rotated"
        ]
    );
    assert!(
        events
            .iter()
            .all(|e| e["details"]["by"] == "cli" && e.get("clientId").is_none())
    );
    assert_eq!(events[0]["userId"], alice.as_str());
}
