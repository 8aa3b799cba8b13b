//! Who may call the administration API: a client-credentials token of the scope `admin` of an
//! admin client, and nobody else, on every route.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    admin_client::{ADMIN, ADMIN_SECRET},
    helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, TestApp, error_code},
};

/// Every route of the administration API, with a body where it takes one.
fn routes() -> Vec<(Method, &'static str, Option<Value>)> {
    let body = Some(json!({}));
    vec![
        (Method::GET, "/api/admin/applications", None),
        (Method::POST, "/api/admin/applications", Some(json!({"name": "x"}))),
        (Method::GET, "/api/admin/applications/some-id", None),
        (Method::PATCH, "/api/admin/applications/some-id", body.clone()),
        (Method::DELETE, "/api/admin/applications/some-id", None),
        (Method::POST, "/api/admin/applications/some-id/secret", None),
        (Method::GET, "/api/admin/applications/some-id/policy", None),
        (Method::PUT, "/api/admin/applications/some-id/policy", body.clone()),
        (Method::GET, "/api/admin/keys", None),
        (Method::POST, "/api/admin/keys/rotate", body.clone()),
        (Method::GET, "/api/admin/settings", None),
        (Method::GET, "/api/admin/audit", None),
        (Method::GET, "/api/admin/users", None),
        (Method::POST, "/api/admin/users", Some(json!({"username": "x"}))),
        (Method::GET, "/api/admin/users/some-id", None),
        (Method::PATCH, "/api/admin/users/some-id", body.clone()),
        (Method::DELETE, "/api/admin/users/some-id", None),
        (Method::POST, "/api/admin/users/some-id/lock", None),
        (Method::POST, "/api/admin/users/some-id/unlock", None),
        (Method::POST, "/api/admin/users/some-id/password-reset", None),
        (Method::DELETE, "/api/admin/users/some-id/sessions", None),
        (Method::DELETE, "/api/admin/users/some-id/mfa", None),
        (Method::DELETE, "/api/admin/users/some-id/identities/some-id", None),
        (Method::GET, "/api/admin/invitations", None),
        (
            Method::POST,
            "/api/admin/invitations",
            Some(json!({"email": "x@example.com"})),
        ),
        (Method::POST, "/api/admin/invitations/some-id/revoke", None),
        (Method::POST, "/api/admin/invitations/some-id/resend", None),
    ]
}

/// The routes above are every `/api/admin` operation of the spec.
#[tokio::test]
async fn the_list_covers_every_admin_route() {
    let spec: Value = serde_json::from_str(&gatehouse::http::openapi_json()).unwrap();
    let mut in_spec: Vec<String> = spec["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(path, _)| path.starts_with("/api/admin"))
        .flat_map(|(path, ops)| {
            ops.as_object().unwrap().keys().map(move |m| {
                let path = path.replace("{id}", "some-id").replace("{identityId}", "some-id");
                format!("{} {path}", m.to_uppercase())
            })
        })
        .collect();
    let mut listed: Vec<String> = routes().iter().map(|(m, p, _)| format!("{m} {p}")).collect();
    in_spec.sort();
    listed.sort();
    assert_eq!(in_spec, listed);
}

#[tokio::test]
async fn without_a_token_or_with_someone_elses_every_route_refuses() {
    let app = TestApp::spawn_with_admin().await;
    app.create_user("alice", "alice@example.com").await;
    let user_token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let answer = app.client_credentials(CONFIDENTIAL, CONFIDENTIAL_SECRET, None).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let client_token = answer.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    for (method, path, body) in routes() {
        let none = app.admin_call(method.clone(), path, None, body.clone()).await;
        assert!(
            none.headers()["www-authenticate"]
                .to_str()
                .unwrap()
                .starts_with("Bearer")
        );
        assert_eq!(
            error_code(none).await,
            (StatusCode::UNAUTHORIZED, "admin.invalid_token".into()),
            "{method} {path}"
        );
        let forged = app
            .admin_call(method.clone(), path, Some("not-a-token"), body.clone())
            .await;
        assert_eq!(
            error_code(forged).await,
            (StatusCode::UNAUTHORIZED, "admin.invalid_token".into()),
            "{method} {path}"
        );
        for token in [&user_token, &client_token] {
            let refused = app.admin_call(method.clone(), path, Some(token), body.clone()).await;
            assert_eq!(
                error_code(refused).await,
                (StatusCode::FORBIDDEN, "admin.insufficient_scope".into()),
                "{method} {path}"
            );
        }
    }
}

#[tokio::test]
async fn only_an_admin_client_gets_the_admin_scope() {
    let app = TestApp::spawn_with_admin().await;
    let refused = app
        .client_credentials(CONFIDENTIAL, CONFIDENTIAL_SECRET, Some("admin"))
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(refused.json::<Value>().await.unwrap()["error"], "invalid_scope");
    let other = app.client_credentials(ADMIN, ADMIN_SECRET, Some("openid")).await;
    assert_eq!(other.json::<Value>().await.unwrap()["error"], "invalid_scope");
    // Asking for nothing gets an admin client its scope.
    let default = app.client_credentials(ADMIN, ADMIN_SECRET, None).await;
    assert_eq!(default.json::<Value>().await.unwrap()["scope"], "admin");
    let token = app.admin_token().await;
    app.admin_ok(&token, Method::GET, "/api/admin/keys", None, StatusCode::OK)
        .await;
}

/// Taking the flag away takes the API away at once, from tokens already issued too.
#[tokio::test]
async fn a_client_no_longer_admin_loses_the_api_at_once() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let created = app
        .admin_ok(
            &token,
            Method::POST,
            "/api/admin/applications",
            Some(json!({"name": "Second office", "admin": true})),
            StatusCode::CREATED,
        )
        .await;
    let id = created["application"]["id"].as_str().unwrap();
    let secret = created["clientSecret"].as_str().unwrap();
    let answer = app.client_credentials(id, secret, Some("admin")).await;
    let second = answer.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    app.admin_ok(&second, Method::GET, "/api/admin/settings", None, StatusCode::OK)
        .await;
    let path = format!("/api/admin/applications/{id}");
    app.admin_ok(
        &token,
        Method::PATCH,
        &path,
        Some(json!({"admin": false})),
        StatusCode::OK,
    )
    .await;
    let refused = app
        .admin_call(Method::GET, "/api/admin/settings", Some(&second), None)
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "admin.insufficient_scope".into())
    );
    app.admin_ok(&token, Method::DELETE, &path, None, StatusCode::NO_CONTENT)
        .await;
    let gone = app
        .admin_call(Method::GET, "/api/admin/settings", Some(&second), None)
        .await;
    assert_eq!(error_code(gone).await.0, StatusCode::UNAUTHORIZED);
}

/// `gatehouse client create --admin` makes a back office: client credentials alone, and the
/// administration API.
#[tokio::test]
async fn an_admin_client_made_with_the_cli_administers() {
    let app = TestApp::spawn_with_admin().await;
    let out = app.run_cli(&["--json", "client", "create", "--name", "Ops", "--admin"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();
    let (id, secret) = (
        created["client_id"].as_str().unwrap(),
        created["client_secret"].as_str().unwrap(),
    );
    let answer = app.client_credentials(id, secret, None).await;
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["scope"], "admin");
    let token = body["access_token"].as_str().unwrap();
    let got = app
        .admin_ok(
            token,
            Method::GET,
            &format!("/api/admin/applications/{id}"),
            None,
            StatusCode::OK,
        )
        .await;
    assert_eq!(got["grantTypes"], json!(["client_credentials"]));
    assert_eq!(
        (got["source"].as_str(), got["admin"].as_bool()),
        (Some("cli"), Some(true))
    );
}
