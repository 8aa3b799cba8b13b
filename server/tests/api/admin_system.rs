//! `/api/admin/keys` and `/api/admin/settings`.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{admin_client::ADMIN_SECRET, helpers::TestApp};

#[tokio::test]
async fn keys_are_listed_and_rotated() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let keys = app
        .admin_ok(&token, Method::GET, "/api/admin/keys", None, StatusCode::OK)
        .await;
    let items = keys["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|k| k["state"] == "signing"));
    let rotation = app
        .admin_ok(
            &token,
            Method::POST,
            "/api/admin/keys/rotate",
            Some(json!({"alg": "RS256"})),
            StatusCode::OK,
        )
        .await;
    assert_eq!(rotation["retired"], 1);
    let kid = rotation["kid"].as_str().unwrap();
    let keys = app
        .admin_ok(&token, Method::GET, "/api/admin/keys", None, StatusCode::OK)
        .await;
    let new = keys["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid)
        .unwrap();
    assert_eq!(new["alg"], "RS256");
    assert!(
        app.jwks().await["keys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["kid"] == kid)
    );
    let refused = app
        .admin_call(
            Method::POST,
            "/api/admin/keys/rotate",
            Some(&token),
            Some(json!({"alg": "HS256"})),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn settings_are_shown_with_secrets_masked() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let settings = app
        .admin_ok(&token, Method::GET, "/api/admin/settings", None, StatusCode::OK)
        .await;
    assert_eq!(settings["public_url"], app.settings.public_url.as_str());
    assert_eq!(settings["secrets"]["kek"], "********");
    let text = settings.to_string();
    for secret in [
        ADMIN_SECRET,
        crate::helpers::CONFIDENTIAL_SECRET,
        crate::helpers::TEST_KEK,
    ] {
        assert!(!text.contains(secret), "a secret is shown");
    }
    let admin = settings["clients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client_id"] == crate::admin_client::ADMIN)
        .unwrap();
    assert_eq!(admin["client_secret"], "********");
    assert_eq!(admin["admin"], true);
}
