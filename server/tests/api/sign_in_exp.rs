use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, TestApp, error_code};

#[tokio::test]
async fn the_sign_in_experience_reflects_the_settings() {
    let app = TestApp::spawn_with(|s| s.sign_in.local_by_email = true).await;
    let exp: Value = app
        .api
        .get(app.url(&format!("/api/.well-known/sign-in-exp?appId={CONFIDENTIAL}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(exp["signIn"]["identifiers"], json!(["email"]));
    assert_eq!(exp["languages"], json!(["en", "fr"]));
    assert_eq!(exp["application"]["clientId"], CONFIDENTIAL);
    let unknown = app
        .api
        .get(app.url("/api/.well-known/sign-in-exp?appId=nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::NOT_FOUND, "application.not_found".into())
    );
}
