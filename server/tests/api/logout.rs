use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{CONFIDENTIAL, Flow, TestApp, location, query_param};

const POST_LOGOUT: &str = "http://rp.test/signed-out";

async fn signed_in() -> (TestApp, String) {
    let app = TestApp::spawn_with(|s| s.clients[0].post_logout_redirect_uris = vec![POST_LOGOUT.into()]).await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let tokens: Value = app
        .exchange_code(&flow, &query_param(&callback, "code").unwrap())
        .await
        .json()
        .await
        .unwrap();
    (app, tokens["id_token"].as_str().unwrap().to_owned())
}

async fn has_session(app: &TestApp) -> bool {
    let response = app
        .start_authorization(&Flow::second().with("prompt", "none").params())
        .await;
    let url = url::Url::parse(location(&response)).unwrap();
    query_param(&url, "code").is_some()
}

#[tokio::test]
async fn a_valid_hint_ends_the_session_and_returns_to_the_registered_uri_with_state() {
    let (app, id_token) = signed_in().await;
    assert!(has_session(&app).await);
    let response = app
        .api
        .get(app.url("/oidc/session/end"))
        .query(&[
            ("id_token_hint", id_token.as_str()),
            ("post_logout_redirect_uri", POST_LOGOUT),
            ("state", "s 1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("{POST_LOGOUT}?state=s+1"));
    assert!(!has_session(&app).await);
}

#[tokio::test]
async fn an_unregistered_post_logout_uri_is_never_followed() {
    let (app, id_token) = signed_in().await;
    for uri in [
        "http://evil.test/",
        "http://rp.test/signed-out/",
        "http://rp.test/signed-out?x=1",
    ] {
        let response = app
            .api
            .get(app.url("/oidc/session/end"))
            .query(&[("id_token_hint", id_token.as_str()), ("post_logout_redirect_uri", uri)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{uri}");
        assert!(response.headers().get("location").is_none());
    }
    let without_client = app
        .api
        .get(app.url("/oidc/session/end"))
        .query(&[("post_logout_redirect_uri", POST_LOGOUT)])
        .send()
        .await
        .unwrap();
    assert_eq!(without_client.status(), StatusCode::BAD_REQUEST);
    assert!(has_session(&app).await);
}

#[tokio::test]
async fn without_a_hint_the_user_confirms_first() {
    let (app, _) = signed_in().await;
    let page = app
        .api
        .get(app.url("/oidc/session/end"))
        .query(&[
            ("client_id", CONFIDENTIAL),
            ("post_logout_redirect_uri", POST_LOGOUT),
            ("state", "xyz"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(has_session(&app).await, "asking ends nothing");
    let xsrf = html
        .split("name=\"xsrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let forged = app
        .api
        .post(app.url("/oidc/session/end/confirm"))
        .form(&[("xsrf", "forged"), ("client_id", CONFIDENTIAL)])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    let confirmed = app
        .api
        .post(app.url("/oidc/session/end/confirm"))
        .form(&[
            ("xsrf", xsrf.as_str()),
            ("client_id", CONFIDENTIAL),
            ("post_logout_redirect_uri", POST_LOGOUT),
            ("state", "xyz"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&confirmed), format!("{POST_LOGOUT}?state=xyz"));
    assert!(!has_session(&app).await);
}

#[tokio::test]
async fn the_confirmation_page_lets_its_form_lead_on_to_the_post_logout_uri() {
    let (app, _) = signed_in().await;
    let page = app
        .api
        .get(app.url("/oidc/session/end"))
        .query(&[("client_id", CONFIDENTIAL), ("post_logout_redirect_uri", POST_LOGOUT)])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let form_action = csp
        .split(';')
        .map(str::trim)
        .find_map(|d| d.strip_prefix("form-action "))
        .unwrap_or_else(|| panic!("no form-action in {csp}"));
    assert!(form_action.split_whitespace().any(|s| s == "http://rp.test"), "{csp}");
    assert_eq!(page.headers().get_all("content-security-policy").iter().count(), 1);
}
