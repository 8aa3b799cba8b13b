//! The account center's side of external identities, driven against a second real Gatehouse
//! as the provider: the calls of the account pages, and getting an account token through the
//! provider.

use std::collections::HashMap;

use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    account_client::Tokens,
    federation::{CONNECTOR, Federation, UI_STATE},
    helpers::{Flow, error_code, location, query_param},
};

/// The account pages' `.../authorization-uri` call (`prefix`: `/identities` to link,
/// `/verifications` to verify): the URI and its request id.
pub async fn authorization_uri(fed: &Federation, token: &str, prefix: &str) -> (String, String) {
    let response = start(fed, token, prefix).await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
    let body: Value = response.json().await.unwrap();
    (
        body["authorizationUri"].as_str().unwrap().to_owned(),
        body["verificationId"].as_str().unwrap().to_owned(),
    )
}

pub async fn start(fed: &Federation, token: &str, prefix: &str) -> Response {
    let body = json!({"state": UI_STATE, "redirectUri": fed.app.url(&format!("/callback/{CONNECTOR}"))});
    let path = format!("{prefix}/social/{CONNECTOR}/authorization-uri");
    fed.app.account_call(Method::POST, &path, token, None, Some(body)).await
}

pub fn answer(request: &str, data: &HashMap<String, String>) -> Value {
    json!({"connectorId": CONNECTOR, "verificationId": request, "connectorData": data})
}

/// `POST /identities` with the provider's answer to `request`.
pub async fn link(
    fed: &Federation,
    token: &str,
    verification: Option<&str>,
    request: &str,
    data: &HashMap<String, String>,
) -> Response {
    fed.app
        .account_call(
            Method::POST,
            "/identities",
            token,
            verification,
            Some(answer(request, data)),
        )
        .await
}

/// Goes to the provider as `upstream_user` (in `fed`'s upstream browser) and links the identity
/// with `verification`, which must succeed: the identity.
pub async fn link_as(fed: &Federation, token: &str, verification: &str, upstream_user: &str) -> Value {
    let (uri, request) = authorization_uri(fed, token, "/identities").await;
    let data = fed.sign_in_at_upstream(&uri, upstream_user).await;
    let linked = link(fed, token, Some(verification), &request, &data).await;
    assert_eq!(linked.status(), StatusCode::OK, "{:?}", linked.text().await);
    linked.json().await.unwrap()
}

pub async fn identities(fed: &Federation, token: &str) -> Value {
    let response = fed
        .app
        .account_call(Method::GET, "/identities", token, None, None)
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
    response.json().await.unwrap()
}

pub async fn unlink(fed: &Federation, token: &str, verification: Option<&str>, id: &str) -> Response {
    fed.app
        .account_call(Method::DELETE, &format!("/identities/{id}"), token, verification, None)
        .await
}

/// Proves it is the user with an identity, at the provider as `upstream_user`.
pub async fn verify_with_upstream(fed: &Federation, token: &str, upstream_user: &str) -> Response {
    let (uri, request) = authorization_uri(fed, token, "/verifications").await;
    let data = fed.sign_in_at_upstream(&uri, upstream_user).await;
    fed.app
        .account_call(
            Method::POST,
            "/verifications/social",
            token,
            None,
            Some(answer(&request, &data)),
        )
        .await
}

/// The same two servers seen from new browsers: nobody is signed in at the provider.
pub fn new_browsers(fed: &Federation) -> Federation {
    Federation {
        upstream: fed.upstream.new_browser(),
        app: fed.app.new_browser(),
    }
}

/// Registers through the provider as `upstream_user`, asking for the account API: the new
/// account's id and tokens. The account has no password.
pub async fn register_with_upstream(fed: &Federation, upstream_user: &str) -> (String, Tokens) {
    let flow = Flow {
        scope: "openid profile email offline_access account".into(),
        ..Flow::confidential()
    };
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream(upstream_user).await;
    let switched = fed
        .app
        .put_json(
            "/api/experience/interaction-event",
            json!({"interactionEvent": "Register"}),
        )
        .await;
    assert_eq!(switched.status(), StatusCode::NO_CONTENT);
    let identified = fed
        .app
        .post_json("/api/experience/identification", json!({"verificationId": id}))
        .await;
    assert_eq!(
        identified.status(),
        StatusCode::NO_CONTENT,
        "{:?}",
        identified.text().await
    );
    let submitted: Value = fed.app.submit().await.json().await.unwrap();
    let done = fed.app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let code = query_param(&url::Url::parse(location(&done)).unwrap(), "code").expect("a code");
    let tokens = fed.app.tokens_for(&flow, &code).await;
    let account = fed.app.my_account(&tokens.access).await;
    (account["id"].as_str().unwrap().to_owned(), tokens)
}

/// Signs in at the app through the provider as `upstream_user`: the account it lands in.
pub async fn sign_in_with_upstream(fed: &Federation, upstream_user: &str) -> String {
    let flow = Flow::confidential().with("prompt", "login");
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream(upstream_user).await;
    let identified = fed
        .app
        .post_json("/api/experience/identification", json!({"verificationId": id}))
        .await;
    assert_eq!(
        identified.status(),
        StatusCode::NO_CONTENT,
        "{:?}",
        identified.text().await
    );
    fed.finish_at_relying_party(&flow).await["sub"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Goes to the provider as `upstream_user` and tries to link: the refusal.
pub async fn link_as_refused(
    fed: &Federation,
    token: &str,
    verification: &str,
    upstream_user: &str,
) -> (StatusCode, String) {
    let (uri, request) = authorization_uri(fed, token, "/identities").await;
    let data = fed.sign_in_at_upstream(&uri, upstream_user).await;
    error_code(link(fed, token, Some(verification), &request, &data).await).await
}
