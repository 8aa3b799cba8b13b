use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, THIRD_PARTY, TestApp, error_code, location, query_param};

async fn next_step(app: &TestApp) -> Value {
    app.interaction().await.json::<Value>().await.unwrap()["nextSteps"][0].clone()
}

async fn allow_and_follow(app: &TestApp) -> url::Url {
    assert_eq!(
        app.api
            .post(app.url("/api/experience/consent"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NO_CONTENT
    );
    let submitted: Value = app.submit().await.json().await.unwrap();
    let done = app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    url::Url::parse(location(&done)).unwrap()
}

#[tokio::test]
async fn a_third_party_client_gets_a_code_only_after_consent_which_is_remembered() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::third_party();
    app.start_authorization(&flow.params()).await;
    app.identify_with_password("alice", PASSWORD).await;
    let step = next_step(&app).await;
    assert_eq!(step["type"], "consent");
    assert_eq!(step["application"]["clientId"], THIRD_PARTY);
    assert_eq!(step["scopes"], json!(["email", "offline_access", "openid", "profile"]));
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.consent_required".into())
    );

    let callback = allow_and_follow(&app).await;
    let code = query_param(&callback, "code").expect("a code after consent");
    assert_eq!(app.exchange_code(&flow, &code).await.status(), StatusCode::OK);

    let again = app.start_authorization(&Flow::third_party().params()).await;
    let callback = url::Url::parse(location(&again)).unwrap();
    assert!(
        query_param(&callback, "code").is_some(),
        "consent and session are remembered"
    );
}

#[tokio::test]
async fn a_signed_in_user_is_only_asked_for_consent_and_keeps_their_session() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app.authorize_and_sign_in(&Flow::confidential(), "alice").await;
    let none = app
        .start_authorization(&Flow::third_party().with("prompt", "none").params())
        .await;
    let url = url::Url::parse(location(&none)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("consent_required"));

    let start = app.start_authorization(&Flow::third_party().params()).await;
    assert!(location(&start).starts_with(&app.url("/sign-in")));
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["identified"], true);
    assert_eq!(view["nextSteps"][0]["type"], "consent");
    let callback = allow_and_follow(&app).await;
    assert!(query_param(&callback, "code").is_some());
    // prompt=consent asks again even though consent is recorded.
    app.start_authorization(&Flow::third_party().with("prompt", "consent").params())
        .await;
    assert_eq!(next_step(&app).await["type"], "consent");
}

#[tokio::test]
async fn denying_sends_access_denied_and_ends_the_interaction() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::third_party();
    app.start_authorization(&flow.params()).await;
    app.identify_with_password("alice", PASSWORD).await;
    let denied: Value = app
        .api
        .post(app.url("/api/experience/consent/deny"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let url = url::Url::parse(denied["redirectTo"].as_str().unwrap()).unwrap();
    assert!(url.as_str().starts_with(&flow.redirect_uri));
    assert_eq!(query_param(&url, "error").as_deref(), Some("access_denied"));
    assert_eq!(query_param(&url, "state").as_deref(), Some(flow.state.as_str()));
    assert_eq!(query_param(&url, "iss"), Some(app.issuer()));
    assert_eq!(error_code(app.interaction().await).await.1, "session.not_found");
}

#[tokio::test]
async fn withdrawing_consent_ends_the_clients_tokens_and_asks_again() {
    let app = TestApp::spawn().await;
    let alice = app.create_user("alice", "alice@example.com").await;
    let flow = Flow::third_party();
    app.start_authorization(&flow.params()).await;
    app.identify_with_password("alice", PASSWORD).await;
    let callback = allow_and_follow(&app).await;
    let tokens: Value = app
        .exchange_code(&flow, &query_param(&callback, "code").unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert!(
        gatehouse::service::consent::withdraw(&app.state, &alice, THIRD_PARTY)
            .await
            .unwrap()
    );
    let me = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    app.start_authorization(&Flow::third_party().params()).await;
    assert_eq!(next_step(&app).await["type"], "consent");
}
