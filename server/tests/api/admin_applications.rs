//! `/api/admin/applications`: an operator's clients, through the administration API.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, TestApp, error_code};

const APPS: &str = "/api/admin/applications";

impl TestApp {
    /// Creates an application through the administration API; its id and secret (if any).
    pub async fn admin_creates_application(&self, token: &str, body: Value) -> (String, Option<String>) {
        let created = self
            .admin_ok(token, Method::POST, APPS, Some(body), StatusCode::CREATED)
            .await;
        (
            created["application"]["id"].as_str().unwrap().to_owned(),
            created["clientSecret"].as_str().map(str::to_owned),
        )
    }

    /// Every application's id, page after page of `limit`.
    async fn application_ids_by_page(&self, token: &str, limit: u64) -> Vec<String> {
        let items = self.admin_items(token, &format!("{APPS}?limit={limit}"), None).await;
        items.iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect()
    }
}

#[tokio::test]
async fn an_application_is_created_read_changed_and_deleted() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let (id, secret) = app
        .admin_creates_application(
            &token,
            json!({
                "name": "Shop",
                "redirectUris": ["https://shop.example/callback"],
                "initiateLoginUri": "https://shop.example/login",
            }),
        )
        .await;
    let secret = secret.expect("a confidential application gets a secret");
    let path = format!("{APPS}/{id}");
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(got["name"], "Shop");
    assert_eq!(got["source"], "api");
    assert_eq!(got["readOnly"], false);
    assert_eq!(got["public"], false);
    assert_eq!(got["grantTypes"], json!(["authorization_code", "refresh_token"]));
    assert_eq!(got["idTokenAlg"], "ES256");
    assert!(got.get("clientSecret").is_none());

    let changed = app
        .admin_ok(
            &token,
            Method::PATCH,
            &path,
            Some(json!({
                "name": "Shop (new)",
                "grantTypes": ["authorization_code", "refresh_token", "client_credentials"],
                "idTokenAlg": "RS256",
                "firstParty": false,
                "initiateLoginUri": "",
            })),
            StatusCode::OK,
        )
        .await;
    assert_eq!(changed["name"], "Shop (new)");
    assert_eq!(changed["idTokenAlg"], "RS256");
    assert_eq!(changed["firstParty"], false);
    assert!(changed.get("initiateLoginUri").is_none());
    assert_eq!(changed["redirectUris"], json!(["https://shop.example/callback"]));

    // Its secret works, until a new one replaces it.
    assert_eq!(
        app.client_credentials(&id, &secret, None).await.status(),
        StatusCode::OK
    );
    let rotated = app
        .admin_ok(&token, Method::POST, &format!("{path}/secret"), None, StatusCode::OK)
        .await;
    let new_secret = rotated["clientSecret"].as_str().unwrap();
    assert_eq!(
        app.client_credentials(&id, &secret, None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.client_credentials(&id, new_secret, None).await.status(),
        StatusCode::OK
    );

    app.admin_ok(&token, Method::DELETE, &path, None, StatusCode::NO_CONTENT)
        .await;
    let gone = app.admin_call(Method::GET, &path, Some(&token), None).await;
    assert_eq!(
        error_code(gone).await,
        (StatusCode::NOT_FOUND, "application.not_found".into())
    );
    assert_eq!(
        app.client_credentials(&id, new_secret, None).await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_public_application_has_no_secret() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let (id, secret) = app
        .admin_creates_application(
            &token,
            json!({"name": "SPA", "public": true, "redirectUris": ["http://localhost:5173/cb"]}),
        )
        .await;
    assert_eq!(secret, None);
    let rotate = app
        .admin_call(Method::POST, &format!("{APPS}/{id}/secret"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(rotate).await,
        (StatusCode::CONFLICT, "application.public".into())
    );
}

#[tokio::test]
async fn configured_applications_are_listed_read_only() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let path = format!("{APPS}/{CONFIDENTIAL}");
    let got = app.admin_ok(&token, Method::GET, &path, None, StatusCode::OK).await;
    assert_eq!(
        (got["source"].as_str(), got["readOnly"].as_bool()),
        (Some("config"), Some(true))
    );
    for (method, body) in [
        (Method::PATCH, Some(json!({"name": "Renamed"}))),
        (Method::DELETE, None),
    ] {
        let refused = app.admin_call(method, &path, Some(&token), body).await;
        assert_eq!(
            error_code(refused).await,
            (StatusCode::CONFLICT, "application.config_declared".into())
        );
    }
    let rotate = app
        .admin_call(Method::POST, &format!("{path}/secret"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(rotate).await,
        (StatusCode::CONFLICT, "application.config_declared".into())
    );
}

#[tokio::test]
async fn invalid_metadata_names_the_field() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    for (body, field) in [
        (json!({"name": "A", "redirectUris": ["not a url"]}), "redirectUris"),
        (json!({"name": "A", "grantTypes": ["password"]}), "grantTypes"),
        (
            json!({"name": "A", "redirectUris": ["https://a.example/cb"], "idTokenAlg": "HS256"}),
            "idTokenAlg",
        ),
        (
            json!({"name": "A", "grantTypes": ["authorization_code"]}),
            "redirectUris",
        ),
        (
            json!({"name": "A", "public": true, "grantTypes": ["client_credentials"]}),
            "grantTypes",
        ),
        (json!({"name": "A", "admin": true, "grantTypes": []}), "admin"),
        (
            json!({"name": "A", "grantTypes": ["client_credentials"], "scopes": ["root"]}),
            "scopes",
        ),
        (json!({"name": ""}), "name"),
    ] {
        let refused = app
            .admin_call(Method::POST, APPS, Some(&token), Some(body.clone()))
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let answer: Value = refused.json().await.unwrap();
        assert_eq!(answer["code"], "application.invalid_metadata", "{body}");
        assert_eq!(answer["details"]["field"], field, "{body}");
    }
    let (id, _) = app
        .admin_creates_application(&token, json!({"name": "B", "grantTypes": ["client_credentials"]}))
        .await;
    let refused = app
        .admin_call(
            Method::PATCH,
            &format!("{APPS}/{id}"),
            Some(&token),
            Some(json!({"grantTypes": ["authorization_code"]})),
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "application.invalid_metadata".into())
    );
}

/// Pages follow creation order: applications created while a client pages through are never
/// seen twice, and every one that existed at the start is seen.
#[tokio::test]
async fn pages_are_stable_under_inserts() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    for i in 0..5 {
        app.admin_creates_application(
            &token,
            json!({"name": format!("App {i}"), "grantTypes": ["client_credentials"]}),
        )
        .await;
    }
    let before = app.application_ids_by_page(&token, 100).await;
    let first = app
        .admin_ok(&token, Method::GET, &format!("{APPS}?limit=3"), None, StatusCode::OK)
        .await;
    let mut seen: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    let cursor = first["nextCursor"].as_str().unwrap().to_owned();
    for i in 0..3 {
        app.admin_creates_application(
            &token,
            json!({"name": format!("Later {i}"), "grantTypes": ["client_credentials"]}),
        )
        .await;
    }
    let rest = app.admin_items(&token, &format!("{APPS}?limit=3"), Some(cursor)).await;
    seen.extend(rest.iter().map(|i| i["id"].as_str().unwrap().to_owned()));
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "an application seen twice");
    assert!(before.iter().all(|id| seen.contains(id)));
    assert_eq!(seen.len(), before.len() + 3);
    assert_eq!(app.application_ids_by_page(&token, 2).await, seen);

    let filtered = app
        .admin_ok(&token, Method::GET, &format!("{APPS}?name=later"), None, StatusCode::OK)
        .await;
    assert_eq!(filtered["items"].as_array().unwrap().len(), 3);
    let bad = app
        .admin_call(Method::GET, &format!("{APPS}?cursor=bm90LW91cnM"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(bad).await,
        (StatusCode::BAD_REQUEST, "request.invalid_cursor".into())
    );
}

/// No field takes `null`: the schema says so, and a `null` never means "unchanged".
#[tokio::test]
async fn a_null_field_is_refused() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let refused = app
        .admin_call(
            Method::POST,
            APPS,
            Some(&token),
            Some(json!({"name": "A", "redirectUris": ["https://a.example/cb"], "initiateLoginUri": null})),
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
}
