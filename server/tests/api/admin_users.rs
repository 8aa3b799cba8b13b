//! `/api/admin/users`: accounts, through the administration API.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, TestApp, error_code};

const USERS: &str = "/api/admin/users";
const NEW_PASSWORD: &str = "Harbour-Lights-Seventy-1";

impl TestApp {
    /// Creates an account through the administration API; its id.
    pub async fn admin_creates_user(&self, token: &str, body: Value) -> String {
        let created = self
            .admin_ok(token, Method::POST, USERS, Some(body), StatusCode::CREATED)
            .await;
        created["id"].as_str().unwrap().to_owned()
    }

    /// The ids of the accounts `query` finds, page after page of `limit`.
    async fn admin_user_ids_by_page(&self, token: &str, query: &str, limit: u64) -> Vec<String> {
        let items = self
            .admin_items(token, &format!("{USERS}?limit={limit}&q={query}"), None)
            .await;
        items.iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect()
    }

    /// Whether the account API still takes this token.
    async fn account_token_works(&self, token: &str) -> bool {
        let answer = self.account_call(Method::GET, "", token, None, None).await;
        match answer.status() {
            StatusCode::OK => true,
            _ => {
                assert_eq!(error_code(answer).await.1, "account.invalid_token");
                false
            }
        }
    }
}

#[tokio::test]
async fn a_user_is_created_read_changed_and_deleted() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app
        .admin_creates_user(
            &token,
            json!({"username": "grace", "email": "grace@example.com", "name": "Grace Hopper",
                   "locale": "fr", "password": NEW_PASSWORD}),
        )
        .await;
    let path = format!("{USERS}/{id}");
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(got["username"], "grace");
    assert_eq!(got["email"], "grace@example.com");
    assert_eq!(got["emailVerified"], true);
    assert_eq!(got["name"], "Grace Hopper");
    assert_eq!(got["locale"], "fr");
    assert_eq!(got["disabled"], false);
    assert_eq!(got["hasPassword"], true);
    assert_eq!(got["secondFactors"], json!([]));
    assert_eq!(got["identities"], json!([]));
    assert!(got.get("password").is_none() && got.get("passwordHash").is_none());
    // The password works.
    app.start_authorization(&Flow::confidential().params()).await;
    app.sign_in_with_password("grace", NEW_PASSWORD).await;

    let changed = app
        .admin_ok(
            &token,
            Method::PATCH,
            &path,
            Some(json!({"name": "", "locale": "en-GB", "email": "amazing@example.com", "emailVerified": false})),
            StatusCode::OK,
        )
        .await;
    assert!(changed.get("name").is_none());
    assert_eq!(changed["locale"], "en-GB");
    assert_eq!(changed["email"], "amazing@example.com");
    assert_eq!(changed["emailVerified"], false);
    let confirmed = app
        .admin_ok(
            &token,
            Method::PATCH,
            &path,
            Some(json!({"emailVerified": true})),
            StatusCode::OK,
        )
        .await;
    assert_eq!(confirmed["emailVerified"], true);
    let refused = app
        .admin_call(Method::PATCH, &path, Some(&token), Some(json!({"username": "other"})))
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::CONFLICT, "account.username_already_set".into())
    );
    let refused = app
        .admin_call(Method::PATCH, &path, Some(&token), Some(json!({"locale": "<b>"})))
        .await;
    assert_eq!(error_code(refused).await.1, "account.invalid_locale");

    app.admin_ok(&token, Method::DELETE, &path, None, StatusCode::NO_CONTENT)
        .await;
    for method in [Method::GET, Method::DELETE] {
        let gone = app.admin_call(method, &path, Some(&token), None).await;
        assert_eq!(error_code(gone).await, (StatusCode::NOT_FOUND, "user.not_found".into()));
    }
    // Its identifiers are free again.
    app.admin_creates_user(&token, json!({"username": "grace", "email": "grace@example.com"}))
        .await;
}

#[tokio::test]
async fn a_new_user_needs_an_identifier_and_passes_the_usual_checks() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    app.create_user("alice", "alice@example.com").await;
    let cases = [
        (
            json!({"name": "Nobody"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.identifier_required",
        ),
        (
            json!({"username": "", "email": ""}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.identifier_required",
        ),
        (
            json!({"email": "not-an-address"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.invalid_email",
        ),
        (
            json!({"username": "alice"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.username_taken",
        ),
        (
            json!({"email": "alice@example.com"}),
            StatusCode::CONFLICT,
            "user.email_taken",
        ),
        (
            json!({"username": "a b"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.invalid_username",
        ),
        (
            json!({"username": "xavier", "name": "a\u{7}b"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "account.invalid_name",
        ),
        (
            json!({"sendInvitation": true, "username": "bob"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.identifier_required",
        ),
        (
            json!({"sendInvitation": true, "email": "bob@example.com", "password": NEW_PASSWORD}),
            StatusCode::BAD_REQUEST,
            "request.invalid_body",
        ),
    ];
    for (body, status, code) in cases {
        let answer = app
            .admin_call(Method::POST, USERS, Some(&token), Some(body.clone()))
            .await;
        assert_eq!(error_code(answer).await, (status, code.into()), "{body}");
    }
    let weak = app
        .admin_call(
            Method::POST,
            USERS,
            Some(&token),
            Some(json!({"username": "bob", "password": "short"})),
        )
        .await;
    assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = weak.json().await.unwrap();
    assert_eq!(body["code"], "user.weak_password");
    assert!(!body["details"]["rules"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn users_are_found_by_a_prefix_of_username_email_or_name() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let alice = app
        .admin_creates_user(
            &token,
            json!({"username": "alice", "email": "liddell@example.com", "name": "Wonder Land"}),
        )
        .await;
    let bob = app
        .admin_creates_user(&token, json!({"email": "bob@example.org", "name": "Robert Marley"}))
        .await;
    let find = |q: &'static str| {
        let app = &app;
        let token = &token;
        async move { app.admin_user_ids_by_page(token, q, 50).await }
    };
    assert_eq!(find("ALI").await, std::slice::from_ref(&alice));
    assert_eq!(find("lidd").await, std::slice::from_ref(&alice));
    assert_eq!(find("wonder%20l").await, std::slice::from_ref(&alice));
    assert_eq!(find("bob").await, std::slice::from_ref(&bob));
    assert_eq!(find("rob").await, std::slice::from_ref(&bob));
    assert!(find("marley").await.is_empty(), "a prefix, not a substring");
    assert!(find("%25").await.is_empty(), "`%` is taken literally");
    assert_eq!(find("").await, [alice, bob]);
}

#[tokio::test]
async fn pages_of_users_are_stable_under_inserts() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(
            app.admin_creates_user(&token, json!({"username": format!("page{i}")}))
                .await,
        );
    }
    let first = app
        .admin_ok(&token, Method::GET, &format!("{USERS}?limit=2"), None, StatusCode::OK)
        .await;
    let mut seen: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    // Accounts created meanwhile come after, never in the pages already read.
    let late = app.admin_creates_user(&token, json!({"username": "late"})).await;
    let cursor = first["nextCursor"].as_str().unwrap().to_owned();
    let rest = app.admin_items(&token, &format!("{USERS}?limit=2"), Some(cursor)).await;
    seen.extend(rest.iter().map(|i| i["id"].as_str().unwrap().to_owned()));
    created.push(late);
    assert_eq!(seen, created);
    let bad = app
        .admin_call(Method::GET, &format!("{USERS}?cursor=nope"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(bad).await,
        (StatusCode::BAD_REQUEST, "request.invalid_cursor".into())
    );
}

#[tokio::test]
async fn locking_ends_the_sessions_and_refuses_sign_in_until_unlocked() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app.create_user("alice", "alice@example.com").await;
    let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
    assert!(app.account_token_works(&tokens.access).await);
    let lock = format!("{USERS}/{id}/lock");
    app.admin_ok(&token, Method::POST, &lock, None, StatusCode::NO_CONTENT)
        .await;
    assert!(!app.account_token_works(&tokens.access).await);
    let got = app
        .admin_ok(&token, Method::GET, &format!("{USERS}/{id}"), None, StatusCode::OK)
        .await;
    assert_eq!(got["disabled"], true);
    let again = app.admin_call(Method::POST, &lock, Some(&token), None).await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::CONFLICT, "user.already_disabled".into())
    );
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.start_sign_in().await;
    assert_eq!(
        error_code(browser.verify_password("alice", PASSWORD).await).await,
        (StatusCode::FORBIDDEN, "session.user_disabled".into())
    );

    let unlock = format!("{USERS}/{id}/unlock");
    app.admin_ok(&token, Method::POST, &unlock, None, StatusCode::NO_CONTENT)
        .await;
    let again = app.admin_call(Method::POST, &unlock, Some(&token), None).await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::CONFLICT, "user.not_disabled".into())
    );
    let browser = app.new_browser();
    browser.start_authorization(&Flow::confidential().params()).await;
    browser.sign_in_with_password("alice", PASSWORD).await;
    let missing = app
        .admin_call(Method::POST, &format!("{USERS}/no-such-id/lock"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(missing).await,
        (StatusCode::NOT_FOUND, "user.not_found".into())
    );
}

#[tokio::test]
async fn ending_sessions_and_removing_second_factors_sign_the_user_out() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app.create_user("alice", "alice@example.com").await;
    for route in ["sessions", "mfa"] {
        let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
        assert!(app.account_token_works(&tokens.access).await);
        let path = format!("{USERS}/{id}/{route}");
        app.admin_ok(&token, Method::DELETE, &path, None, StatusCode::NO_CONTENT)
            .await;
        assert!(!app.account_token_works(&tokens.access).await, "{route}");
        let missing = app
            .admin_call(Method::DELETE, &format!("{USERS}/nobody/{route}"), Some(&token), None)
            .await;
        assert_eq!(
            error_code(missing).await,
            (StatusCode::NOT_FOUND, "user.not_found".into())
        );
    }
    let got = app
        .admin_ok(&token, Method::GET, &format!("{USERS}/{id}"), None, StatusCode::OK)
        .await;
    assert_eq!(got["secondFactors"], json!([]));
}

/// An account made without a password gets one through the reset the administrator asks for.
#[tokio::test]
async fn a_user_created_without_a_password_sets_one_after_a_required_reset() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app
        .admin_creates_user(&token, json!({"email": "nopass@example.com", "name": "No Pass"}))
        .await;
    let path = format!("{USERS}/{id}");
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(got["hasPassword"], false);
    assert!(got.get("username").is_none());

    app.admin_ok(
        &token,
        Method::POST,
        &format!("{path}/password-reset"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    let notice = app.wait_for_mail("nopass@example.com", 1).await;
    assert!(!notice.body.is_empty());
    let browser = app.new_browser();
    browser.reset_password("nopass@example.com", NEW_PASSWORD).await;
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(got["hasPassword"], true);

    // An account without an address cannot be told.
    let nameless = app.admin_creates_user(&token, json!({"username": "nomail"})).await;
    let refused = app
        .admin_call(
            Method::POST,
            &format!("{USERS}/{nameless}/password-reset"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.no_email".into())
    );
    // Nor lose its last identifier.
    let refused = app
        .admin_call(Method::PATCH, &path, Some(&token), Some(json!({"email": ""})))
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.identifier_required".into())
    );
    let named = app
        .admin_ok(
            &token,
            Method::PATCH,
            &path,
            Some(json!({"username": "nownamed"})),
            StatusCode::OK,
        )
        .await;
    assert_eq!(named["username"], "nownamed");
}

#[tokio::test]
async fn a_required_reset_ends_the_sessions() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app.create_user("alice", "alice@example.com").await;
    let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let before = app.mails_to("alice@example.com").len();
    app.admin_ok(
        &token,
        Method::POST,
        &format!("{USERS}/{id}/password-reset"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    assert!(!app.account_token_works(&tokens.access).await);
    app.wait_for_mail("alice@example.com", before + 1).await;
}

#[tokio::test]
async fn an_identity_is_unlinked() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let id = app.create_user("alice", "alice@example.com").await;
    let new = gatehouse::storage::identities::NewIdentity {
        user_id: &id,
        connector_id: "github",
        subject: "12345",
        email: None,
        name: None,
    };
    assert!(
        gatehouse::storage::identities::insert(&app.state.db, new, chrono::Utc::now())
            .await
            .unwrap()
    );
    let path = format!("{USERS}/{id}");
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    let identity = &got["identities"][0];
    assert_eq!(identity["connectorId"], "github");
    assert_eq!(identity["subject"], "12345");
    let identity_path = format!("{path}/identities/{}", identity["id"].as_str().unwrap());
    app.admin_ok(&token, Method::DELETE, &identity_path, None, StatusCode::NO_CONTENT)
        .await;
    let again = app.admin_call(Method::DELETE, &identity_path, Some(&token), None).await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::NOT_FOUND, "user.identity_not_found".into())
    );
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(got["identities"], json!([]));
}

/// `sendInvitation` invites the address instead of creating the account.
#[tokio::test]
async fn a_user_can_be_invited_instead_of_created() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let invited = app
        .admin_ok(
            &token,
            Method::POST,
            USERS,
            Some(json!({"email": "rosa@example.com", "name": "Rosa Parks", "sendInvitation": true})),
            StatusCode::ACCEPTED,
        )
        .await;
    assert_eq!(invited["status"], "pending");
    assert_eq!(invited["emailSent"], true);
    let mail = app.wait_for_mail("rosa@example.com", 1).await;
    assert!(mail.body.contains("invitation="));
    assert!(app.admin_user_ids_by_page(&token, "rosa", 10).await.is_empty());
    let unknown = app
        .admin_call(
            Method::POST,
            USERS,
            Some(&token),
            Some(json!({"email": "sam@example.com", "sendInvitation": true, "applicationId": "nope"})),
        )
        .await;
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::NOT_FOUND, "application.not_found".into())
    );
}
