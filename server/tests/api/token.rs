use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, TestApp, at_hash, query_param, verify_jwt};

async fn signed_in_code(app: &TestApp, flow: &Flow) -> String {
    let callback = app.authorize_and_sign_in(flow, "alice").await;
    query_param(&callback, "code").expect("a code")
}

async fn app_with_alice() -> TestApp {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    app
}

async fn oauth_error(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    (status, body["error"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn a_code_buys_verified_tokens() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let code = signed_in_code(&app, &flow).await;
    let response = app.exchange_code(&flow, &code).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let tokens: Value = response.json().await.unwrap();
    assert_eq!(tokens["token_type"], "Bearer");
    assert!(
        tokens["refresh_token"].is_string(),
        "offline_access gives a refresh token"
    );
    let access_token = tokens["access_token"].as_str().unwrap();
    let claims = verify_jwt(
        &app.jwks().await,
        tokens["id_token"].as_str().unwrap(),
        &app.issuer(),
        CONFIDENTIAL,
    );
    assert_eq!(claims["nonce"], flow.nonce.as_str());
    assert_eq!(claims["at_hash"], at_hash(access_token).as_str());
    assert!(claims["auth_time"].is_i64());
    assert_eq!(claims["email"], "alice@example.com");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["preferred_username"], "alice");
}

#[tokio::test]
async fn a_public_client_proves_possession_with_pkce() {
    let app = app_with_alice().await;
    let flow = Flow::public();
    let code = signed_in_code(&app, &flow).await;
    let mut wrong = Flow::public();
    wrong.redirect_uri = flow.redirect_uri.clone();
    assert_eq!(
        oauth_error(app.exchange_code(&wrong, &code).await).await,
        (StatusCode::BAD_REQUEST, "invalid_grant".into())
    );
    // The failed attempt used the code up.
    assert_eq!(
        oauth_error(app.exchange_code(&flow, &code).await).await.1,
        "invalid_grant"
    );
}

#[tokio::test]
async fn a_code_is_bound_to_its_client_and_redirect_uri() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let code = signed_in_code(&app, &flow).await;
    let mut other_client = Flow::second();
    other_client.verifier = flow.verifier.clone();
    other_client.redirect_uri = flow.redirect_uri.clone();
    assert_eq!(
        oauth_error(app.exchange_code(&other_client, &code).await).await.1,
        "invalid_grant"
    );

    // The browser now has an SSO session: prompt=login asks for the password again.
    let flow = Flow::confidential().with("prompt", "login");
    let code = signed_in_code(&app, &flow).await;
    let mut other_uri = Flow::confidential();
    other_uri.verifier = flow.verifier.clone();
    other_uri.redirect_uri = "http://rp.test/other".into();
    assert_eq!(
        oauth_error(app.exchange_code(&other_uri, &code).await).await.1,
        "invalid_grant"
    );
}

#[tokio::test]
async fn a_replayed_code_fails_and_revokes_what_it_granted() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let code = signed_in_code(&app, &flow).await;
    let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    assert_eq!(
        oauth_error(app.exchange_code(&flow, &code).await).await.1,
        "invalid_grant"
    );
    let refreshed = refresh(&app, tokens["refresh_token"].as_str().unwrap()).await;
    assert_eq!(oauth_error(refreshed).await.1, "invalid_grant");
}

#[tokio::test]
async fn parallel_redemptions_of_one_code_give_one_success() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let code = signed_in_code(&app, &flow).await;
    let attempts = (0..8).map(|_| app.exchange_code(&flow, &code));
    let statuses: Vec<StatusCode> = futures::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| r.status())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
}

async fn refresh(app: &TestApp, token: &str) -> reqwest::Response {
    app.api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", token)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_reused_one_revokes_the_family() {
    let app = app_with_alice().await;
    let flow = Flow::confidential();
    let code = signed_in_code(&app, &flow).await;
    let first: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let first_refresh = first["refresh_token"].as_str().unwrap();
    let second: Value = refresh(&app, first_refresh).await.json().await.unwrap();
    let second_refresh = second["refresh_token"].as_str().unwrap();
    assert_ne!(first_refresh, second_refresh);
    let claims = verify_jwt(
        &app.jwks().await,
        second["id_token"].as_str().unwrap(),
        &app.issuer(),
        CONFIDENTIAL,
    );
    assert!(claims.get("nonce").is_none(), "a refreshed ID token has no nonce");
    assert_eq!(oauth_error(refresh(&app, first_refresh).await).await.1, "invalid_grant");
    assert_eq!(
        oauth_error(refresh(&app, second_refresh).await).await.1,
        "invalid_grant"
    );
}

#[tokio::test]
async fn client_authentication_is_checked_and_explained() {
    let app = app_with_alice().await;
    let bad = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some("wrong-secret"))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::UNAUTHORIZED);
    assert!(bad.headers()["www-authenticate"].to_str().unwrap().starts_with("Basic"));
    let post = app
        .api
        .post(app.url("/oidc/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", CONFIDENTIAL),
            ("client_secret", CONFIDENTIAL_SECRET),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), StatusCode::OK);
    let body: Value = post.json().await.unwrap();
    assert!(body.get("id_token").is_none() && body.get("refresh_token").is_none());
    let password = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[("grant_type", "password"), ("username", "alice"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        oauth_error(password).await,
        (StatusCode::BAD_REQUEST, "unsupported_grant_type".into())
    );
    let public = app
        .api
        .post(app.url("/oidc/token"))
        .form(&[("grant_type", "client_credentials"), ("client_id", "rp-public")])
        .send()
        .await
        .unwrap();
    assert_eq!(oauth_error(public).await.1, "unauthorized_client");
}

/// Tokens come only from a grant still in force: a code or refresh token issued before the
/// user's credentials changed, or from a session that has ended, gives nothing.
mod stale_grants {
    use chrono::Utc;
    use gatehouse::storage;

    use super::*;
    use crate::revocation::introspect;

    const NEW_PASSWORD: &str = "Brand-new Lantern 58";

    async fn user(app: &TestApp, username: &str) -> gatehouse::domain::user::User {
        storage::users::find_by_username(&app.state.db, username)
            .await
            .unwrap()
            .expect("the user exists")
    }

    /// The user signs out everywhere, as a reset or an administrator would make them.
    async fn end_sessions_of(app: &TestApp, username: &str) {
        let user = user(app, username).await;
        storage::sessions::revoke_all_of_user(&app.state.db, &user.id, Utc::now())
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn a_code_issued_before_a_password_reset_gives_no_tokens() {
        let app = app_with_alice().await;
        let flow = Flow::confidential();
        let code = signed_in_code(&app, &flow).await;
        let elsewhere = app.new_browser();
        elsewhere.start_authorization(&Flow::second().params()).await;
        elsewhere.reset_password("alice@example.com", NEW_PASSWORD).await;
        assert_eq!(
            oauth_error(app.exchange_code(&flow, &code).await).await,
            (StatusCode::BAD_REQUEST, "invalid_grant".into())
        );
    }

    #[tokio::test]
    async fn a_code_whose_session_has_ended_gives_no_tokens() {
        let app = app_with_alice().await;
        let flow = Flow::confidential();
        let code = signed_in_code(&app, &flow).await;
        end_sessions_of(&app, "alice").await;
        assert_eq!(
            oauth_error(app.exchange_code(&flow, &code).await).await.1,
            "invalid_grant"
        );
    }

    #[tokio::test]
    async fn a_refresh_after_the_credentials_changed_is_refused_and_ends_the_grant() {
        let app = app_with_alice().await;
        let flow = Flow::confidential();
        let code = signed_in_code(&app, &flow).await;
        let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
        let access = tokens["access_token"].as_str().unwrap();
        // A new password by any path that changes the stamp (the account center will be one)
        // without revoking grants itself.
        let alice = user(&app, "alice").await;
        let hash = alice.password_hash.clone().unwrap();
        assert!(
            storage::users::set_password(&app.state.db, &alice.id, &hash, "a new stamp")
                .await
                .unwrap()
        );
        let refreshed = refresh(&app, tokens["refresh_token"].as_str().unwrap()).await;
        assert_eq!(
            oauth_error(refreshed).await,
            (StatusCode::BAD_REQUEST, "invalid_grant".into())
        );
        assert_eq!(introspect(&app, access).await["active"], false);
    }

    #[tokio::test]
    async fn a_refresh_outlives_the_browser_session() {
        let app = app_with_alice().await;
        let flow = Flow::confidential();
        let code = signed_in_code(&app, &flow).await;
        let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
        end_sessions_of(&app, "alice").await;
        let refreshed = refresh(&app, tokens["refresh_token"].as_str().unwrap()).await;
        assert_eq!(refreshed.status(), StatusCode::OK);
    }
}
