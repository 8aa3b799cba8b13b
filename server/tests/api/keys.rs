use jsonwebtoken::Algorithm;
use serde_json::Value;

use crate::helpers::{CONFIDENTIAL, Flow, TestApp, query_param, verify_jwt};

/// Alice's ID token from a sign-in through `flow`.
pub async fn id_token(app: &TestApp, flow: &Flow) -> String {
    let callback = app.authorize_and_sign_in(flow, "alice").await;
    let tokens: Value = app
        .exchange_code(flow, &query_param(&callback, "code").unwrap())
        .await
        .json()
        .await
        .unwrap();
    tokens["id_token"].as_str().unwrap().to_owned()
}

fn kid(token: &str) -> String {
    jsonwebtoken::decode_header(token).unwrap().kid.unwrap()
}

#[tokio::test]
async fn a_rotated_key_is_published_before_it_signs_and_the_old_one_stays() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let before = id_token(&app, &Flow::confidential()).await;
    let rotation = gatehouse::service::keys::rotate_and_reload(&app.state, "ES256")
        .await
        .unwrap();
    let jwks = app.jwks().await;
    assert!(
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["kid"] == rotation.kid.as_str())
    );
    let after = id_token(&app, &Flow::confidential().with("prompt", "login")).await;
    assert_eq!(kid(&after), kid(&before), "the new key waits for its activation");
    verify_jwt(&jwks, &before, &app.issuer(), CONFIDENTIAL);
}

#[tokio::test]
async fn without_an_activation_delay_the_new_key_signs_at_once() {
    let app = TestApp::spawn_with(|s| s.oidc.key_activation_delay = gatehouse::config::Span::from_secs(0)).await;
    app.create_user("alice", "alice@example.com").await;
    let before = id_token(&app, &Flow::confidential()).await;
    let rotation = gatehouse::service::keys::rotate_and_reload(&app.state, "ES256")
        .await
        .unwrap();
    let after = id_token(&app, &Flow::confidential().with("prompt", "login")).await;
    assert_eq!(kid(&after), rotation.kid);
    // Tokens of the old key still verify: it stays published until they expire.
    let jwks = app.jwks().await;
    verify_jwt(&jwks, &before, &app.issuer(), CONFIDENTIAL);
    verify_jwt(&jwks, &after, &app.issuer(), CONFIDENTIAL);
}

#[tokio::test]
async fn a_client_may_ask_for_rs256_id_tokens() {
    let app = TestApp::spawn_with(|s| s.clients[0].id_token_signed_response_alg = "RS256".into()).await;
    app.create_user("alice", "alice@example.com").await;
    let token = id_token(&app, &Flow::confidential()).await;
    assert_eq!(jsonwebtoken::decode_header(&token).unwrap().alg, Algorithm::RS256);
    let claims = verify_jwt(&app.jwks().await, &token, &app.issuer(), CONFIDENTIAL);
    assert_eq!(claims["preferred_username"], "alice");
}

/// `gatehouse keys retire KID`, as an operator runs it against this app's database.
fn retire(app: &TestApp, kid: &str) -> std::process::Output {
    app.run_cli(&["--json", "keys", "retire", kid])
}

/// A leaked key is retired at once: it leaves the JWKS, the tokens it signed stop working, and
/// a new key of its algorithm signs from now.
#[tokio::test]
async fn an_emergency_retirement_ends_a_key_and_its_tokens_at_once() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let tokens: Value = app
        .exchange_code(&flow, &query_param(&callback, "code").unwrap())
        .await
        .json()
        .await
        .unwrap();
    let leaked = kid(tokens["id_token"].as_str().unwrap());
    // A kid is base64url: some start with `-`, which the command must not take for an option.
    let hyphenated = retire(&app, "-notakey");
    assert_eq!(
        hyphenated.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&hyphenated.stderr)
    );

    let out = retire(&app, &leaked);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let retired: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(retired["kid"], leaked.as_str());
    let replacement = retired["replacement"].as_str().unwrap().to_owned();
    // What every instance does within a minute.
    app.state.set_keys(
        gatehouse::service::keys::load(&app.state.db, &app.state.keks)
            .await
            .unwrap(),
    );

    let published: Vec<String> = app.jwks().await["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        !published.contains(&leaked) && published.contains(&replacement),
        "{published:?}"
    );
    let userinfo = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(tokens["access_token"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(userinfo.status(), 401, "a token of the retired key is refused");
    let after = id_token(&app, &Flow::confidential().with("prompt", "login")).await;
    assert_eq!(kid(&after), replacement, "the new key signs without waiting");

    assert_eq!(retire(&app, &leaked).status.code(), Some(2), "retired already");
    assert_eq!(retire(&app, "no-such-kid").status.code(), Some(3), "not found");
}
