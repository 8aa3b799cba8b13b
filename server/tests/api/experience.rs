use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, TestApp, error_code};

async fn app_with_interaction() -> TestApp {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.start_authorization(&Flow::confidential().with("login_hint", "alice").params())
        .await;
    app
}

fn first_step(view: &Value) -> &str {
    view["nextSteps"][0]["type"].as_str().unwrap()
}

#[tokio::test]
async fn the_interaction_says_what_comes_next_at_every_step() {
    let app = app_with_interaction().await;
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(first_step(&view), "startInteraction");
    assert_eq!(
        view["nextSteps"][0]["events"],
        json!(["SignIn", "Register", "ForgotPassword"])
    );
    assert_eq!(view["application"]["clientId"], "rp-confidential");
    assert_eq!(view["loginHint"], "alice");

    app.start_sign_in().await;
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["interactionEvent"], "SignIn");
    assert_eq!(first_step(&view), "verifyPassword");
    assert_eq!(view["nextSteps"][0]["identifierTypes"], json!(["username"]));

    let id = app
        .verify_password("alice", PASSWORD)
        .await
        .json::<Value>()
        .await
        .unwrap()["verificationId"]
        .clone();
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(first_step(&view), "identify");
    assert_eq!(view["nextSteps"][0]["verificationId"], id);
    assert_eq!(view["verifications"][0]["type"], "password");

    app.post_json("/api/experience/identification", json!({"verificationId": id}))
        .await;
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["identified"], true);
    assert_eq!(first_step(&view), "submit");
}

#[tokio::test]
async fn an_unknown_user_and_a_wrong_password_get_the_same_answer() {
    let app = app_with_interaction().await;
    app.start_sign_in().await;
    let wrong = error_code(app.verify_password("alice", "not the password").await).await;
    let unknown = error_code(app.verify_password("mallory", PASSWORD).await).await;
    let malformed = error_code(app.verify_password("has space", PASSWORD).await).await;
    let expected = (
        StatusCode::UNPROCESSABLE_ENTITY,
        "session.invalid_credentials".to_owned(),
    );
    assert_eq!(wrong, expected);
    assert_eq!(unknown, expected);
    assert_eq!(malformed, expected);
    // Usernames are matched without regard to case.
    assert_eq!(app.verify_password("ALICE", PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn without_an_interaction_cookie_the_answer_is_session_not_found() {
    let app = TestApp::spawn().await;
    assert_eq!(
        error_code(app.interaction().await).await,
        (StatusCode::NOT_FOUND, "session.not_found".into())
    );
    assert_eq!(
        error_code(app.start_sign_in().await).await,
        (StatusCode::NOT_FOUND, "session.not_found".into())
    );
}

#[tokio::test]
async fn steps_out_of_order_are_refused_with_their_codes() {
    let app = app_with_interaction().await;
    assert_eq!(
        error_code(app.verify_password("alice", PASSWORD).await).await.1,
        "session.event_not_set"
    );
    let submit = app.api.post(app.url("/api/experience/submit")).send().await.unwrap();
    assert_eq!(error_code(submit).await.1, "session.event_not_set");
    app.start_sign_in().await;
    let submit = app.api.post(app.url("/api/experience/submit")).send().await.unwrap();
    assert_eq!(
        error_code(submit).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.not_identified".into())
    );
    let unknown = app
        .post_json("/api/experience/identification", json!({"verificationId": "nope"}))
        .await;
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::NOT_FOUND, "session.verification_not_found".into())
    );
    let forgot = app
        .put_json("/api/experience", json!({"interactionEvent": "ForgotPassword"}))
        .await;
    assert_eq!(forgot.status(), StatusCode::NO_CONTENT);
    // A password proves nothing in a reset.
    assert_eq!(
        error_code(app.verify_password("alice", PASSWORD).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.event_not_supported".into())
    );
    app.start_sign_in().await;
    let email = app
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "email", "value": "alice@example.com"}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        error_code(email).await,
        (StatusCode::FORBIDDEN, "session.sign_in_method_disabled".into())
    );
}

#[tokio::test]
async fn sign_in_by_email_when_configured() {
    let app = TestApp::spawn_with(|s| s.sign_in.local_by_email = true).await;
    app.create_user("alice", "Alice@Example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    app.start_sign_in().await;
    let by_email = app
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "email", "value": "alice@example.COM"}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(by_email.status(), StatusCode::OK);
    assert_eq!(
        error_code(app.verify_password("alice", PASSWORD).await).await.1,
        "session.sign_in_method_disabled"
    );
}

#[tokio::test]
async fn the_api_accepts_json_from_its_own_origin_only() {
    let app = app_with_interaction().await;
    let text = app
        .api
        .put(app.url("/api/experience"))
        .header("content-type", "text/plain")
        .body(r#"{"interactionEvent":"SignIn"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(text).await,
        (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "request.unsupported_media_type".into()
        )
    );
    let foreign = app
        .api
        .put(app.url("/api/experience"))
        .header("origin", "http://evil.test")
        .json(&json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(foreign).await,
        (StatusCode::FORBIDDEN, "request.forbidden_origin".into())
    );
    let own = app
        .api
        .put(app.url("/api/experience"))
        .header("origin", app.address.as_str())
        .json(&json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::NO_CONTENT);
    assert_eq!(own.headers()["cache-control"], "no-store");
}

#[tokio::test]
async fn malformed_and_oversized_bodies_get_codes() {
    let app = app_with_interaction().await;
    let malformed = app
        .api
        .put(app.url("/api/experience"))
        .header("content-type", "application/json")
        .body("{\"interactionEvent\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(malformed).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    let wrong_event = app
        .put_json("/api/experience", json!({"interactionEvent": "Dance"}))
        .await;
    assert_eq!(
        error_code(wrong_event).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep = app
        .api
        .put(app.url("/api/experience"))
        .header("content-type", "application/json")
        .body(nested)
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(deep).await.1, "request.invalid_body");
    let huge = app
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "username", "value": "alice"}, "password": "x".repeat(100_000)}),
        )
        .await;
    assert_eq!(
        error_code(huge).await,
        (StatusCode::PAYLOAD_TOO_LARGE, "request.payload_too_large".into())
    );
    let unknown_path = app
        .api
        .get(app.url("/api/experience/nothing-here"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(unknown_path).await,
        (StatusCode::NOT_FOUND, "request.not_found".into())
    );
}
