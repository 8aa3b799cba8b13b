//! What goes wrong with an external provider ends in a code the UI can word, never a 500:
//! a refusal, a forged or replayed callback, a wrong nonce, a bad signature, a provider that
//! is slow, down or failing. The provider is a real Gatehouse; where it must misbehave, its
//! token endpoint is reached through a small proxy of the test's.

use std::collections::HashMap;

use gatehouse::config::{ConnectorSettings, Span};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    federation::{CONNECTOR, Federation, UI_STATE, oidc_connector},
    helpers::{Flow, error_code},
};

async fn started(fed: &Federation) -> (String, String) {
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    assert_eq!(fed.app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    fed.click_upstream_button().await
}

#[tokio::test]
async fn a_refusal_at_the_provider_says_what_it_answered() {
    let fed = Federation::new().await;
    let (_, id) = started(&fed).await;
    let data = HashMap::from([
        ("error".to_owned(), "access_denied".to_owned()),
        ("state".to_owned(), UI_STATE.to_owned()),
    ]);
    let answer = fed.verify_social(&id, &data).await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["code"], "social.authorization_denied");
    assert_eq!(body["details"]["upstreamError"], "access_denied");
}

#[tokio::test]
async fn a_callback_with_another_state_is_refused_and_a_callback_is_used_once() {
    let fed = Federation::new().await;
    fed.upstream_user("eve").await;
    let (uri, id) = started(&fed).await;
    let mut data = fed.sign_in_at_upstream(&uri, "eve").await;
    let genuine = data.clone();
    data.insert("state".into(), "someone-elses-state-0123".into());
    assert_eq!(
        error_code(fed.verify_social(&id, &data).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "social.state_mismatch".into())
    );
    // The request was spent by the forged callback: the genuine one comes too late.
    assert_eq!(
        error_code(fed.verify_social(&id, &genuine).await).await,
        (StatusCode::NOT_FOUND, "social.request_not_found".into())
    );

    let (uri, id) = fed.click_upstream_button().await;
    let data = fed.sign_in_at_upstream(&uri, "eve").await;
    assert_eq!(fed.verify_social(&id, &data).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        error_code(fed.verify_social(&id, &data).await).await,
        (StatusCode::NOT_FOUND, "social.request_not_found".into())
    );
}

#[tokio::test]
async fn an_id_token_for_another_request_is_refused() {
    let fed = Federation::new().await;
    fed.upstream_user("mallory").await;
    let (uri, id) = started(&fed).await;
    // The browser reaches the provider with another nonce than the one we sent.
    let mut url = url::Url::parse(&uri).unwrap();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let value = if k == "nonce" {
                "forged-nonce".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    let data = fed.sign_in_at_upstream(url.as_str(), "mallory").await;
    assert_eq!(
        error_code(fed.verify_social(&id, &data).await).await,
        (StatusCode::BAD_GATEWAY, "social.invalid_id_token".into())
    );
}

#[derive(Clone, Copy)]
enum Misbehaviour {
    BreakSignature,
    Fail,
    Hang,
}

/// A token endpoint in front of the upstream's: forwards each request there and spoils the
/// answer as told. Its URL is known before the upstream starts.
struct TokenProxy {
    listener: std::net::TcpListener,
    url: String,
}

impl TokenProxy {
    fn bind() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/token", listener.local_addr().unwrap());
        Self { listener, url }
    }

    fn serve(self, upstream_token: String, how: Misbehaviour) {
        self.listener.set_nonblocking(true).unwrap();
        let acceptor = poem::listener::TcpAcceptor::from_std(self.listener).unwrap();
        let endpoint = poem::endpoint::make(move |req: poem::Request| {
            let upstream_token = upstream_token.clone();
            async move { spoil(req, &upstream_token, how).await }
        });
        tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(endpoint));
    }
}

async fn spoil(req: poem::Request, upstream_token: &str, how: Misbehaviour) -> poem::Response {
    match how {
        Misbehaviour::Hang => {
            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
            return poem::Response::builder().status(poem::http::StatusCode::OK).finish();
        }
        Misbehaviour::Fail => {
            return poem::Response::builder()
                .status(poem::http::StatusCode::INTERNAL_SERVER_ERROR)
                .body("upstream exploded");
        }
        Misbehaviour::BreakSignature => {}
    }
    let authorization = req.header("authorization").map(str::to_owned);
    let body = req.into_body().into_bytes().await.unwrap();
    let mut forwarded = reqwest::Client::new()
        .post(upstream_token)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_vec());
    if let Some(value) = authorization {
        forwarded = forwarded.header("authorization", value);
    }
    let mut tokens: Value = forwarded.send().await.unwrap().json().await.unwrap();
    let id_token = tokens["id_token"].as_str().unwrap().to_owned();
    let (signed, signature) = id_token.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    tokens["id_token"] = json!(format!("{signed}.{flipped}{}", &signature[1..]));
    poem::Response::builder()
        .content_type("application/json")
        .body(tokens.to_string())
}

async fn through_proxy(how: Misbehaviour) -> Federation {
    let proxy = TokenProxy::bind();
    let token_endpoint = proxy.url.clone();
    let fed = Federation::with(
        |up| ConnectorSettings {
            token_endpoint: Some(token_endpoint),
            ..oidc_connector(up)
        },
        |s| s.upstream.timeout = Span::from_secs(1),
    )
    .await;
    proxy.serve(fed.upstream.url("/oidc/token"), how);
    fed
}

#[tokio::test]
async fn a_bad_signature_a_failing_and_a_slow_provider_each_have_their_code() {
    for (how, status, code) in [
        (
            Misbehaviour::BreakSignature,
            StatusCode::BAD_GATEWAY,
            "social.invalid_id_token",
        ),
        (
            Misbehaviour::Fail,
            StatusCode::BAD_GATEWAY,
            "social.upstream_unavailable",
        ),
        (
            Misbehaviour::Hang,
            StatusCode::BAD_GATEWAY,
            "social.upstream_unavailable",
        ),
    ] {
        let fed = through_proxy(how).await;
        fed.upstream_user("oscar").await;
        let (uri, id) = started(&fed).await;
        let data = fed.sign_in_at_upstream(&uri, "oscar").await;
        assert_eq!(
            error_code(fed.verify_social(&id, &data).await).await,
            (status, code.to_owned())
        );
    }
}

#[tokio::test]
async fn a_provider_that_cannot_be_reached_stops_at_the_button() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("http://{}/oidc", closed.local_addr().unwrap());
    drop(closed);
    let fed = Federation::with(
        |up| ConnectorSettings {
            issuer: Some(issuer),
            ..oidc_connector(up)
        },
        |_| {},
    )
    .await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    assert_eq!(fed.app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let answer = fed
        .app
        .post_json(
            &format!("/api/experience/verification/social/{CONNECTOR}/authorization-uri"),
            json!({"state": UI_STATE, "redirectUri": fed.app.url(&format!("/callback/{CONNECTOR}"))}),
        )
        .await;
    assert_eq!(
        error_code(answer).await,
        (StatusCode::BAD_GATEWAY, "social.upstream_unavailable".into())
    );
}

#[tokio::test]
async fn a_rotated_provider_key_is_fetched_again() {
    let fed = Federation::new().await;
    fed.upstream_user("kim").await;
    let (uri, id) = started(&fed).await;
    let data = fed.sign_in_at_upstream(&uri, "kim").await;
    assert_eq!(fed.verify_social(&id, &data).await.status(), StatusCode::NO_CONTENT);
    // The provider retires the key we cached; its tokens are signed by a new one.
    let jwks = fed.upstream.jwks().await;
    let kid = jwks["keys"][0]["kid"].as_str().unwrap().to_owned();
    let up = &fed.upstream.state;
    gatehouse::service::keys::retire_now(&up.db, &up.keks, &kid)
        .await
        .unwrap();
    up.set_keys(gatehouse::service::keys::load(&up.db, &up.keks).await.unwrap());
    let (uri, id) = fed.click_upstream_button().await;
    let data = fed.sign_in_at_upstream(&uri, "kim").await;
    assert_eq!(fed.verify_social(&id, &data).await.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn the_button_checks_the_connector_and_the_redirect_uri() {
    let fed = Federation::new().await;
    let _ = started(&fed).await;
    let ask = |connector: &str, redirect: String| {
        let path = format!("/api/experience/verification/social/{connector}/authorization-uri");
        let app = &fed.app;
        async move {
            app.post_json(&path, json!({"state": UI_STATE, "redirectUri": redirect}))
                .await
        }
    };
    assert_eq!(
        error_code(ask("nobody", fed.app.url("/callback/nobody")).await).await,
        (StatusCode::NOT_FOUND, "social.connector_not_found".into())
    );
    assert_eq!(
        error_code(ask(CONNECTOR, "https://attacker.example/callback".into()).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "social.invalid_redirect_uri".into())
    );

    let off = Federation::with(oidc_connector, |s| s.sign_in.external = false).await;
    off.app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(off.app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let answer = off
        .app
        .post_json(
            &format!("/api/experience/verification/social/{CONNECTOR}/authorization-uri"),
            json!({"state": UI_STATE, "redirectUri": off.app.url(&format!("/callback/{CONNECTOR}"))}),
        )
        .await;
    assert_eq!(
        error_code(answer).await,
        (StatusCode::FORBIDDEN, "social.disabled".into())
    );
}
