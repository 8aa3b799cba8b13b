use reqwest::StatusCode;

use crate::helpers::{Flow, PUBLIC, PUBLIC_REDIRECT, TestApp, location, query_param};

#[tokio::test]
async fn an_authorization_request_starts_an_interaction_bound_to_the_browser() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential().with("ui_locales", "fr en");
    let response = app.start_authorization(&flow.params()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), app.url("/sign-in?ui_locales=fr+en"));
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("gatehouse_interaction="))
        .expect("interaction cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
}

#[tokio::test]
async fn unknown_clients_and_unregistered_redirect_uris_get_a_page_never_a_redirect() {
    let app = TestApp::spawn().await;
    let unknown = Flow::confidential();
    let mut params = unknown.params();
    params[1] = ("client_id", "nobody");
    let response = app.start_authorization(&params).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get("location").is_none());

    for uri in [
        "http://evil.test/callback",
        "http://rp.test/callback/",
        "http://rp.test/callback?x=1",
        "HTTP://rp.test/callback",
    ] {
        let flow = Flow::confidential();
        let mut params = flow.params();
        params[2] = ("redirect_uri", uri);
        let response = app.start_authorization(&params).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{uri}");
        assert!(response.headers().get("location").is_none(), "{uri}");
    }
}

#[tokio::test]
async fn bad_requests_from_known_clients_are_redirected_with_state_and_iss() {
    let app = TestApp::spawn().await;
    let flow = Flow::public();
    let mut params: Vec<_> = flow
        .params()
        .into_iter()
        .filter(|(k, _)| !k.starts_with("code_challenge"))
        .collect();
    let response = app.start_authorization(&params).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let url = url::Url::parse(location(&response)).unwrap();
    assert!(url.as_str().starts_with(PUBLIC_REDIRECT));
    assert_eq!(query_param(&url, "error").as_deref(), Some("invalid_request"));
    assert_eq!(query_param(&url, "state").as_deref(), Some(flow.state.as_str()));
    assert_eq!(query_param(&url, "iss"), Some(app.issuer()));

    params.push(("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    params.push(("code_challenge_method", "plain"));
    let url = url::Url::parse(location(&app.start_authorization(&params).await)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("invalid_request"));

    let token_flow = Flow::public();
    let mut token = token_flow.params();
    token[0] = ("response_type", "token");
    let url = url::Url::parse(location(&app.start_authorization(&token).await)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("unsupported_response_type"));
    assert_eq!(query_param(&url, "client_id"), None);
    let _ = PUBLIC;
}

#[tokio::test]
async fn prompt_none_without_a_session_answers_login_required() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential().with("prompt", "none");
    let response = app.start_authorization(&flow.params()).await;
    let url = url::Url::parse(location(&response)).unwrap();
    assert_eq!(query_param(&url, "error").as_deref(), Some("login_required"));
    assert_eq!(query_param(&url, "state").as_deref(), Some(flow.state.as_str()));
}

#[tokio::test]
async fn the_code_comes_back_with_state_byte_for_byte_and_iss() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    assert!(callback.as_str().starts_with(&flow.redirect_uri));
    assert!(query_param(&callback, "code").is_some());
    assert_eq!(query_param(&callback, "state").as_deref(), Some(flow.state.as_str()));
    assert_eq!(query_param(&callback, "iss"), Some(app.issuer()));
}

#[tokio::test]
async fn a_resume_without_a_submitted_interaction_goes_back_to_the_experience() {
    let app = TestApp::spawn().await;
    app.start_authorization(&Flow::confidential().params()).await;
    let response = app.follow(&app.url("/oidc/auth/resume")).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(location(&response).starts_with(&app.url("/sign-in")));

    let stranger = TestApp::spawn().await;
    let response = stranger.follow(&stranger.url("/oidc/auth/resume")).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_request_may_come_as_a_form_post_but_only_as_a_form() {
    let app = TestApp::spawn().await;
    let flow = Flow::confidential();
    let posted = app
        .api
        .post(app.url("/oidc/auth"))
        .form(&flow.params())
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::SEE_OTHER);
    assert!(location(&posted).starts_with(&app.url("/sign-in")));
    let json = app
        .api
        .post(app.url("/oidc/auth"))
        .json(&serde_json::json!({"client_id": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn sign_ins_started_are_limited_per_client() {
    let app = TestApp::spawn_with(|s| s.rate_limits.authorization_per_ip.max = 2).await;
    for _ in 0..2 {
        let started = app.start_authorization(&Flow::confidential().params()).await;
        assert_eq!(started.status(), StatusCode::SEE_OTHER);
    }
    let over = app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(over.headers().get("location").is_none());
    assert!(over.headers().get("set-cookie").is_none(), "no interaction is stored");
    let retry_after: u64 = over.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry_after > 0 && retry_after <= 10 * 60, "{retry_after}");
    // Another client (another IPv6 /64, here another forwarded address) is not held back.
    let other = TestApp::spawn_with(|s| {
        s.rate_limits.authorization_per_ip.max = 1;
        s.trusted_proxies = vec!["127.0.0.1".into()];
    })
    .await;
    for client in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:9::1"] {
        let started = other
            .api
            .get(other.url("/oidc/auth"))
            .query(&Flow::confidential().params())
            .header("x-forwarded-for", client)
            .send()
            .await
            .unwrap();
        let expected = if client == "2001:db8:1:2::2" {
            StatusCode::TOO_MANY_REQUESTS
        } else {
            StatusCode::SEE_OTHER
        };
        assert_eq!(started.status(), expected, "{client}: one /64 is one client");
    }
}

/// Over https the interaction and session cookies carry `__Host-`, so that a sibling subdomain
/// cannot plant its own; a cookie without the prefix is not ours.
#[tokio::test]
async fn over_https_the_cookies_are_host_only_and_unprefixed_ones_are_ignored() {
    let app = TestApp::spawn_with(|s| s.public_url = "https://id.example.com".into()).await;
    let response = app.start_authorization(&Flow::confidential().params()).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-gatehouse_interaction="))
        .expect("a __Host- interaction cookie");
    assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"));
    let value = cookie.split(';').next().unwrap().split_once('=').unwrap().1.to_owned();
    // The same value under the plain name, as a sibling subdomain could set it: no interaction.
    let tossed = app
        .api
        .get(app.url("/api/experience/interaction"))
        .header("cookie", format!("gatehouse_interaction={value}"))
        .send()
        .await
        .unwrap();
    assert_eq!(tossed.status(), StatusCode::NOT_FOUND);
    let own = app
        .api
        .get(app.url("/api/experience/interaction"))
        .header("cookie", format!("__Host-gatehouse_interaction={value}"))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
}
